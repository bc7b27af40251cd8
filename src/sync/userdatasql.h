#pragma once

#include <QString>

// Every statement LocalStore runs on userdata.sqlite, by name. Each is prepared once per store
// (PreparedQueries) and lent out for one use at a time: a call made while another statement is
// still being read (restore() inside markRejected(), record() inside edit()) uses its own.
enum class UserDataSql {
    SelectRecord,
    SelectLiveRecords,
    CountLiveRecords,
    UpsertRecord,
    DeleteRecord,
    SelectServerCopy,
    UpdateServerCopy,
    SelectPendingOfRecord,
    UpdatePending,
    InsertMutation,
    CountUnconfirmed,
    SelectUnconfirmed,
    SelectUnconfirmedOfRecord,
    MarkSending,
    SelectRejected,
    SelectOutbox,
    SelectRejectedMutation,
    SelectSendingMutation,
    MarkRejected,
    DeleteMutation,
    DeleteSentMutation,
    DeleteMutationsOfRecord,
    RebasePending,
    SelectState,
    UpsertState,
    SelectAdopted,
    InsertAdopted,
};

QString userDataSql(UserDataSql statement);
