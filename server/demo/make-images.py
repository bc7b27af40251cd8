#!/usr/bin/env python3
"""Writes the demo illustrations (server/demo/images/*.svg): flat shapes in the course colour on a light
tint of it, 128x128, a few hundred bytes each. Run once after changing a shape; the SVGs are committed."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def tint(colour, amount=0.85):
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = lambda v: round(v + (255 - v) * amount)
    return "#%02X%02X%02X" % (mix(r), mix(g), mix(b))


# Each shape: SVG elements drawn with C (the colour), T (a light tint) and W (white).
SHAPES = {
    "drop": '<path d="M64 18C50 40 36 56 36 74a28 28 0 0 0 56 0c0-18-14-34-28-56z" fill="C"/>'
            '<path d="M52 76a12 12 0 0 0 12 12" stroke="W" stroke-width="6" fill="none" stroke-linecap="round"/>',
    "coins": '<ellipse cx="52" cy="86" rx="30" ry="10" fill="C"/><rect x="22" y="62" width="60" height="24" fill="C"/>'
             '<ellipse cx="52" cy="62" rx="30" ry="10" fill="T" stroke="C" stroke-width="4"/>'
             '<circle cx="88" cy="48" r="22" fill="C"/><circle cx="88" cy="48" r="13" fill="none" stroke="W" stroke-width="4"/>',
    "sprout": '<path d="M64 110V58" stroke="C" stroke-width="8" stroke-linecap="round"/>'
              '<path d="M64 66C40 66 28 50 28 32c22 0 36 12 36 34z" fill="C"/>'
              '<path d="M64 58c0-20 14-32 36-32 0 18-12 32-36 32z" fill="C"/>'
              '<rect x="36" y="104" width="56" height="10" rx="5" fill="C"/>',
    "heart": '<path d="M64 104L26 66a22 22 0 0 1 38-28 22 22 0 0 1 38 28z" fill="C"/>'
             '<path d="M40 62h14l6-12 8 24 6-12h14" stroke="W" stroke-width="6" fill="none" stroke-linejoin="round"/>',
    "cross": '<rect x="22" y="30" width="84" height="68" rx="10" fill="C"/>'
             '<path d="M64 46v36M46 64h36" stroke="W" stroke-width="12" stroke-linecap="round"/>',
    "bowl": '<path d="M22 62h84a42 34 0 0 1-84 0z" fill="C"/><rect x="46" y="96" width="36" height="8" rx="4" fill="C"/>'
            '<circle cx="50" cy="54" r="10" fill="C"/><circle cx="70" cy="50" r="12" fill="C"/><circle cx="86" cy="56" r="8" fill="C"/>',
    "net": '<path d="M24 96h80M32 96V40M96 96V40" stroke="C" stroke-width="6" stroke-linecap="round"/>'
           '<path d="M32 40q32-22 64 0v40H32z" fill="T" stroke="C" stroke-width="4"/>'
           '<path d="M48 30v50M64 26v54M80 30v50M32 56h64" stroke="C" stroke-width="2"/>'
           '<rect x="28" y="80" width="72" height="12" rx="4" fill="C"/>',
    "mother": '<circle cx="64" cy="34" r="14" fill="C"/><path d="M40 110c0-40 8-58 24-58s24 18 24 58z" fill="C"/>'
              '<circle cx="70" cy="84" r="12" fill="W"/>',
    "store": '<path d="M20 52l10-24h68l10 24z" fill="C"/><rect x="26" y="52" width="76" height="50" fill="T" stroke="C" stroke-width="4"/>'
             '<rect x="52" y="70" width="24" height="32" fill="C"/>'
             '<path d="M20 52h88" stroke="W" stroke-width="4"/>',
    "calculator": '<rect x="34" y="18" width="60" height="92" rx="8" fill="C"/><rect x="42" y="26" width="44" height="20" rx="3" fill="W"/>'
                  '<g fill="W"><rect x="42" y="54" width="12" height="10" rx="2"/><rect x="58" y="54" width="12" height="10" rx="2"/>'
                  '<rect x="74" y="54" width="12" height="10" rx="2"/><rect x="42" y="70" width="12" height="10" rx="2"/>'
                  '<rect x="58" y="70" width="12" height="10" rx="2"/><rect x="74" y="70" width="12" height="26" rx="2"/>'
                  '<rect x="42" y="86" width="28" height="10" rx="2"/></g>',
    "ruler": '<rect x="14" y="50" width="100" height="28" rx="4" fill="C"/>'
             '<path d="M26 50v10M38 50v16M50 50v10M62 50v16M74 50v10M86 50v16M98 50v10" stroke="W" stroke-width="4"/>'
             '<path d="M20 96h88" stroke="C" stroke-width="4" stroke-dasharray="8 6"/>',
    "chart": '<path d="M24 104h84M24 104V24" stroke="C" stroke-width="6" stroke-linecap="round"/>'
             '<rect x="36" y="70" width="16" height="30" fill="C"/><rect x="60" y="48" width="16" height="52" fill="C"/>'
             '<rect x="84" y="32" width="16" height="68" fill="C"/>',
    "jar": '<rect x="34" y="38" width="60" height="70" rx="12" fill="C"/><rect x="40" y="24" width="48" height="14" rx="4" fill="C"/>'
           '<rect x="48" y="30" width="32" height="4" fill="W"/><circle cx="64" cy="76" r="16" fill="none" stroke="W" stroke-width="5"/>'
           '<path d="M64 68v16" stroke="W" stroke-width="5"/>',
    "soil": '<path d="M14 96q50-40 100 0z" fill="C"/><path d="M14 96h100v14H14z" fill="C"/>'
            '<circle cx="46" cy="92" r="4" fill="W"/><circle cx="66" cy="84" r="4" fill="W"/><circle cx="84" cy="94" r="4" fill="W"/>'
            '<path d="M64 72V40M64 52c-10 0-16-6-18-14 10 0 16 4 18 14zM64 46c2-10 8-14 18-14-2 8-8 14-18 14z" stroke="C" stroke-width="4" fill="C"/>',
    "sack": '<path d="M40 38h48l10 64a8 8 0 0 1-8 8H38a8 8 0 0 1-8-8z" fill="C"/>'
            '<path d="M44 38l-6-16h52l-6 16" fill="C"/><path d="M42 38h44" stroke="W" stroke-width="4"/>'
            '<ellipse cx="64" cy="76" rx="8" ry="14" fill="W"/>',
    "hills": '<path d="M6 108L46 40l40 68z" fill="C"/><path d="M52 108l34-52 36 52z" fill="T" stroke="C" stroke-width="4"/>'
             '<path d="M26 84h28M20 96h44M36 70h20" stroke="W" stroke-width="4"/>',
    "barrel": '<path d="M20 28l16 10M108 28L92 38" stroke="C" stroke-width="4"/>'
              '<rect x="38" y="46" width="52" height="62" rx="8" fill="C"/><path d="M38 62h52M38 92h52" stroke="W" stroke-width="4"/>'
              '<path d="M40 18c-4 6-4 10 0 10s4-4 0-10zM64 24c-4 6-4 10 0 10s4-4 0-10zM88 18c-4 6-4 10 0 10s4-4 0-10z" fill="C"/>',
    "hen": '<circle cx="80" cy="42" r="16" fill="C"/><path d="M96 40l12 4-12 4z" fill="C"/>'
           '<path d="M24 60c0 24 16 40 40 40s36-16 36-40c-14 8-30 8-44-4-10-8-24-6-32 4z" fill="C"/>'
           '<path d="M56 100v12M72 100v12" stroke="C" stroke-width="5"/><circle cx="84" cy="38" r="3" fill="W"/>',
    "storm": '<path d="M34 66a20 20 0 0 1 6-39 26 26 0 0 1 50 4 18 18 0 0 1 2 35z" fill="C"/>'
             '<path d="M62 70l-10 20h14l-8 22" stroke="C" stroke-width="6" fill="none" stroke-linejoin="round"/>',
    "notebook": '<rect x="30" y="18" width="64" height="92" rx="6" fill="C"/><path d="M42 40h40M42 54h40M42 68h28" stroke="W" stroke-width="5"/>'
                '<path d="M100 30l10 10-34 34-12 2 2-12z" fill="T" stroke="C" stroke-width="4"/>',
    "handshake": '<path d="M12 60l22-18 20 8 12-8 22 4 28 14-10 22-40 16-30-20z" fill="C"/>'
                 '<path d="M54 50l-12 16c6 6 14 4 18-2l10-10 24 20" stroke="W" stroke-width="5" fill="none" stroke-linejoin="round"/>',
    "phone": '<rect x="38" y="14" width="52" height="100" rx="10" fill="C"/><rect x="44" y="26" width="40" height="70" rx="3" fill="W"/>'
             '<circle cx="64" cy="105" r="5" fill="W"/>',
    "chat": '<path d="M20 30h70a8 8 0 0 1 8 8v36a8 8 0 0 1-8 8H48l-18 16V82H20a8 8 0 0 1-8-8V38a8 8 0 0 1 8-8z" fill="C"/>'
            '<path d="M30 50h50M30 64h34" stroke="W" stroke-width="6" stroke-linecap="round"/>',
    "shield": '<path d="M64 14l40 14v30c0 28-18 46-40 56-22-10-40-28-40-56V28z" fill="C"/>'
              '<path d="M46 62l12 12 24-26" stroke="W" stroke-width="8" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    "warning": '<path d="M64 16l52 92H12z" fill="C" stroke-linejoin="round"/><path d="M64 48v30" stroke="W" stroke-width="10" stroke-linecap="round"/>'
               '<circle cx="64" cy="92" r="6" fill="W"/>',
    "tools": '<circle cx="50" cy="58" r="26" fill="C"/><circle cx="50" cy="58" r="18" fill="W"/>'
             '<path d="M50 44v14l10 6" stroke="C" stroke-width="5" stroke-linecap="round"/>'
             '<path d="M84 40h20l-4 14H88zM90 54h8v48h-8z" fill="C"/>',
    "globe": '<circle cx="64" cy="64" r="44" fill="C"/>'
             '<path d="M20 64h88M64 20c-24 24-24 64 0 88M64 20c24 24 24 64 0 88M28 40h72M28 88h72" stroke="W" stroke-width="4" fill="none"/>',
    "letters": '<rect x="16" y="28" width="44" height="72" rx="6" fill="C"/><rect x="68" y="28" width="44" height="72" rx="6" fill="C"/>'
               '<path d="M28 84l10-40 10 40M31 72h14" stroke="W" stroke-width="6" fill="none" stroke-linejoin="round"/>'
               '<path d="M80 44h12a10 10 0 0 1 0 20H80zM80 64h14a10 10 0 0 1 0 20H80z" stroke="W" stroke-width="6" fill="none"/>',
    "sign": '<rect x="20" y="20" width="88" height="54" rx="6" fill="C"/><path d="M60 74v40h8V74" fill="C"/>'
            '<path d="M36 40h56M36 56h36" stroke="W" stroke-width="6" stroke-linecap="round"/><path d="M82 50l10 6-10 6z" fill="W"/>',
    "pencil": '<path d="M26 102l6-22 58-58 16 16-58 58z" fill="C"/><path d="M26 102l6-22 16 16z" fill="T"/>'
              '<path d="M80 32l16 16" stroke="W" stroke-width="4"/><path d="M56 108h48" stroke="C" stroke-width="6" stroke-linecap="round"/>',
    "form": '<rect x="28" y="14" width="72" height="100" rx="6" fill="C"/>'
            '<path d="M40 34h48M40 52h48M40 70h30" stroke="W" stroke-width="5"/><path d="M44 94l8 8 16-16" stroke="W" stroke-width="6" fill="none"/>',
    "book": '<path d="M64 36c-14-10-30-10-46-6v70c16-4 32-4 46 6 14-10 30-10 46-6V30c-16-4-32-4-46 6z" fill="C"/>'
            '<path d="M64 36v70" stroke="W" stroke-width="4"/><path d="M28 46c10-2 18-2 26 2M74 48c8-4 16-4 26-2M28 62c10-2 18-2 26 2M74 64c8-4 16-4 26-2" stroke="W" stroke-width="3" fill="none"/>',
    "mosquito": '<ellipse cx="44" cy="44" rx="20" ry="11" fill="T" stroke="C" stroke-width="4"/>'
                '<ellipse cx="84" cy="44" rx="20" ry="11" fill="T" stroke="C" stroke-width="4"/>'
                '<path d="M64 38c8 0 10 10 8 30l-8 32-8-32c-2-20 0-30 8-30z" fill="C"/><circle cx="64" cy="32" r="8" fill="C"/>'
                '<path d="M64 26l-6-14M58 60L32 80l-6 20M70 60l26 20 6 20M60 70L44 104M68 70l16 34" stroke="C" stroke-width="3" fill="none"/>',
    "linechart": '<path d="M24 104h84M24 104V24" stroke="C" stroke-width="6" stroke-linecap="round"/>'
                 '<path d="M32 90l22-24 18 12 30-40" stroke="C" stroke-width="6" fill="none" stroke-linejoin="round"/>'
                 '<circle cx="54" cy="66" r="6" fill="C"/><circle cx="72" cy="78" r="6" fill="C"/><circle cx="102" cy="38" r="6" fill="C"/>',
    # Lesson pictures.
    "pot": '<path d="M44 20c-6 8 6 12 0 20M64 16c-6 8 6 12 0 20M84 20c-6 8 6 12 0 20" stroke="C" stroke-width="4" fill="none" stroke-linecap="round"/>'
           '<rect x="28" y="52" width="72" height="48" rx="10" fill="C"/><rect x="22" y="46" width="84" height="8" rx="4" fill="C"/>'
           '<path d="M14 62h14M100 62h14" stroke="C" stroke-width="6" stroke-linecap="round"/><path d="M40 108h48" stroke="#E65100" stroke-width="6" stroke-linecap="round"/>',
    "hands": '<path d="M24 108V64c0-6 8-6 8 0V52c0-6 8-6 8 0v-6c0-6 8-6 8 0v6c0-6 8-6 8 0v30l8-10c4-4 10 0 6 6L56 108z" fill="C"/>'
             '<path d="M104 108V64c0-6-8-6-8 0V52c0-6-8-6-8 0v-6c0-6-8-6-8 0v56l-8 6z" fill="T" stroke="C" stroke-width="4"/>'
             '<circle cx="76" cy="26" r="8" fill="none" stroke="C" stroke-width="3"/><circle cx="94" cy="18" r="5" fill="none" stroke="C" stroke-width="3"/>'
             '<circle cx="58" cy="22" r="5" fill="none" stroke="C" stroke-width="3"/>',
    "glass": '<path d="M34 30h44l-6 80H40z" fill="T" stroke="C" stroke-width="4"/><path d="M37 60h38l-3 50H40z" fill="C"/>'
             '<path d="M70 20l30-8" stroke="C" stroke-width="6" stroke-linecap="round"/><ellipse cx="104" cy="12" rx="8" ry="5" fill="C"/>'
             '<circle cx="96" cy="54" r="4" fill="C"/><circle cx="104" cy="66" r="3" fill="C"/>',
    "money": '<rect x="14" y="34" width="78" height="44" rx="6" fill="C"/><circle cx="53" cy="56" r="12" fill="W"/>'
             '<circle cx="94" cy="86" r="20" fill="T" stroke="C" stroke-width="6"/><circle cx="66" cy="98" r="14" fill="C"/>',
    "compost": '<path d="M14 108l22-50h56l22 50z" fill="C"/><path d="M30 82h68M22 98h84" stroke="W" stroke-width="4"/>'
               '<path d="M50 58c-2-14 8-24 20-26-2 12-8 20-20 26zM74 58c4-10 14-14 22-12-4 8-12 12-22 12z" fill="C"/>',
    "pin": '<rect x="26" y="58" width="76" height="54" rx="8" fill="C"/><path d="M44 58V42a20 20 0 0 1 40 0v16" stroke="C" stroke-width="10" fill="none"/>'
           '<g fill="W"><circle cx="44" cy="86" r="6"/><circle cx="58" cy="86" r="6"/><circle cx="72" cy="86" r="6"/><circle cx="86" cy="86" r="6"/></g>',
}


def svg(shape, colour):
    body = SHAPES[shape].replace('"C"', '"%s"' % colour).replace('"T"', '"%s"' % tint(colour)).replace('"W"', '"#FFFFFF"')
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128">'
            '<rect width="128" height="128" rx="20" fill="%s"/>%s</svg>\n' % (tint(colour, 0.88), body))


# name -> (shape, colour): one picture per course (named after it), then the lessons' pictures.
IMAGES = {
    "health-safe-water-clean-hands": ("drop", "#0277BD"),
    "health-diarrhoea-cholera-ors": ("heart", "#4527A0"),
    "health-child-nutrition": ("bowl", "#2E7D32"),
    "health-malaria-and-mosquitoes": ("mosquito", "#283593"),
    "health-first-aid-burns-and-cuts": ("cross", "#C62828"),
    "health-prenatal-care": ("mother", "#880E4F"),
    "math-counting-money": ("coins", "#BF360C"),
    "math-fractions-kitchen-market": ("store", "#4E342E"),
    "math-percentages-and-loans": ("calculator", "#1565C0"),
    "math-measuring-land-and-fabric": ("ruler", "#00695C"),
    "math-reading-simple-charts": ("linechart", "#6A1B9A"),
    "math-saving-plans": ("jar", "#AD1457"),
    "agri-soil-and-compost": ("soil", "#33691E"),
    "agri-seeds-and-grain-storage": ("sack", "#5D4037"),
    "agri-hillside-farming": ("hills", "#00796B"),
    "agri-water-and-irrigation": ("drop", "#01579B"),
    "agri-chickens-and-goats": ("hen", "#C62828"),
    "agri-hurricane-season": ("storm", "#4527A0"),
    "biz-record-keeping": ("notebook", "#00695C"),
    "biz-pricing": ("calculator", "#BF360C"),
    "biz-money-and-savings": ("coins", "#4E342E"),
    "biz-customer-service": ("handshake", "#AD1457"),
    "biz-phone-selling": ("chat", "#283593"),
    "biz-stock-management": ("sack", "#37474F"),
    "digital-phone-basics": ("phone", "#1565C0"),
    "digital-messages-and-voice": ("chat", "#006064"),
    "digital-mobile-money-safety": ("shield", "#1B5E20"),
    "digital-scam-protection": ("warning", "#B71C1C"),
    "digital-useful-phone-tools": ("tools", "#BF360C"),
    "digital-internet-basics": ("globe", "#4527A0"),
    "read-letters-and-sounds": ("letters", "#6A1B9A"),
    "read-signs-and-labels": ("sign", "#2E7D32"),
    "read-write-name-and-messages": ("pencil", "#C2185B"),
    "read-fill-in-a-form": ("form", "#0D47A1"),
    "read-every-day-at-home": ("book", "#5D4037"),
    "boil-water": ("pot", "#0277BD"),
    "wash-hands": ("hands", "#0277BD"),
    "ors-glass": ("glass", "#4527A0"),
    "bed-net": ("net", "#283593"),
    "coins-and-notes": ("money", "#BF360C"),
    "bar-chart": ("chart", "#6A1B9A"),
    "compost-heap": ("compost", "#33691E"),
    "rain-barrel": ("barrel", "#01579B"),
    "pin-code": ("pin", "#1B5E20"),
}

def check_distinct():
    # A lesson picture equal to its course's would be one file under two names.
    seen = {}
    for name, key in IMAGES.items():
        assert key not in seen, "%s draws the same as %s" % (name, seen[key])
        seen[key] = name


if __name__ == "__main__":
    check_distinct()
    out = os.path.join(HERE, "images")
    os.makedirs(out, exist_ok=True)
    for name, (shape, colour) in IMAGES.items():
        with open(os.path.join(out, name + ".svg"), "w") as f:
            f.write(svg(shape, colour))
