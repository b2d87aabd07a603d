// The English catalogue. Each check kind's messages are listed under its name; a new kind adds
// its entries here and in messages_zh.cc (same ids, same placeholders: a test compares them),
// and a sample in tests/message_catalogue_test.cc, whose goldens show every message.
#include "engine/message.h"

namespace crossfoot {

// Sorted by id (a test checks it).
extern const std::vector<MessageTemplate> kMessagesEn = {
    {"agree.differs",
     "{label} is stated as {written} here, but {reference_label} is {reference}: difference "
     "{difference}"},
    {"any-of.none-holds", "no reading holds: {readings}"},
    {"assert.approximate", "{lhs} (within ±{tolerance}) does not match {rhs} = {rhs_value}"},
    {"assert.fails", "{lhs} {op} {rhs} does not hold: {lhs_value} {negated} {rhs_value}"},
    {"assert.in-column", "column {column}: {finding}"},
    {"assert.in-row", "row {row}: {finding}"},
    {"blanks.assumed-zero", "if the blank cells are 0, {finding} (blank: {blanks})"},
    {"breakdown.differs",
     "{parts} = {sum}, but the total is stated as {total}: difference {difference} (the list ends "
     "with its other parts, so it names them all)"},
    {"breakdown.part-exceeds",
     "the part {part} ({label}) is more than its total {total}: excess {difference}"},
    {"breakdown.parts-exceed",
     "{parts} = {sum}, more than the total {total}: over by {difference} (the parts listed are "
     "categories that do not overlap, so they cannot add up to more than the total)"},
    {"change.decrease",
     "from {prior} to {current} is a decrease of {computed}, but the change is stated as {stated}"},
    {"change.decrease-percent",
     "from {prior} to {current} is a decrease of {computed}%, but the change is stated as "
     "{stated}"},
    {"change.increase",
     "from {prior} to {current} is an increase of {computed}, but the change is stated as "
     "{stated}"},
    {"change.increase-percent",
     "from {prior} to {current} is an increase of {computed}%, but the change is stated as "
     "{stated}"},
    {"correction.none-single", "no single figure resolves these {count} findings"},
    {"correction.none-single-one",
     "no single figure resolves it without breaking a relation that holds"},
    {"correction.resolves-many", "changing {written} to {corrected} resolves {count} findings"},
    {"correction.resolves-one", "changing {written} to {corrected} resolves it"},
    {"count.differs", "{count} parts are stated, but {listed} are listed"},
    {"finding.with-note", "{finding}; {note}"},
    {"flow.differs",
     "{received} received and {carried_in} carried in make {in_total}, but {handled} handled and "
     "{carried_out} carried over make {out_total}: difference {difference}"},
    {"flow.short",
     "{received} received, but {handled} handled and {carried_out} carried over make only "
     "{out_total}: {difference} short"},
    {"list-separator", "; "},
    {"rate.differs", "{rate} is stated as {stated}, but {numerator} ÷ {base} = {computed}%"},
    {"row-filled.blank",
     "row {row}: {column} is not filled in, but the row has figures ({figures}): the form is "
     "incompletely filled, and the blank is not a zero"},
    {"separator.missing", ", "},
    {"share.differs", "{part} ÷ {whole} = {computed}%, but the share is stated as {stated}"},
    {"shares.differ",
     "{shares} = {sum}, not 100%: a difference of {difference} percentage points (the list ends "
     "with its other parts, so their shares add up to 100%)"},
    {"shares.exceed",
     "{shares} = {sum}, more than 100%: over by {difference} percentage points (the parts listed "
     "are categories that do not overlap, so their shares cannot add up to more than 100%)"},
    {"sum.differs", "{parts} = {sum}, but the total is stated as {total}: difference {difference}"},
    {"sum.exceeds", "{parts} = {sum}, more than the total stated as {total}: excess {difference}"},
    {"suppression.no-reason",
     "crossfoot-ignore: {id} gives no reason; say why the figure is right"},
    {"suppression.unknown", "crossfoot-ignore names no check of the loaded packs: '{id}'"},
    {"suppression.unknown-near",
     "crossfoot-ignore names no check of the loaded packs: '{id}' (did you mean '{near}'?)"},
    {"suppression.unused",
     "crossfoot-ignore: {id} suppresses nothing: the check finds nothing here (remove the marker)"},
    {"table-present.column", "column “{pattern}”"},
    {"table-present.incomplete",
     "the table lacks {missing}: the checks on the table were not evaluated"},
    {"table-present.missing",
     "no table has a column header matching “{pattern}”: the table is missing, so the checks on it "
     "were not evaluated"},
    {"table-present.row", "row “{pattern}”"},
    {"table-present.row-ambiguous", "row “{pattern}” (matches {count} rows)"},
    {"whole-counts.fraction",
     "{written} is not a whole number, but the cell counts applications or cases"},
    {"whole-counts.negative", "{written} is negative, but the cell counts applications or cases"},
    {"whole-counts.percentage",
     "{written} is a percentage, but the cell counts applications or cases"},
};

}  // namespace crossfoot
