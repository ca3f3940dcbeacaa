"""Metadata values read as a person reads them: a status, a date, a title, whatever decorates them.

Logs written by hand or by other tools say `✅ Accepted`, `**Accepted.**`, `Rejected (see [019](...))`,
`accepted; supersedes ADR-0045`, `Date: 05/02/2018` or `# ADR 012: Use X`. Each function here takes such a
value and gives what it means, and whether that reading is certain: a status phrase the reader does not
know, or a date such as `05/02/2018` (day first, as legacy adr-tools wrote it, but it could be the other
way round), is read for listing and reported by `adr validate`; `adr convert` writes only what is certain.

Every function is cheap on the plain values nearly every record holds (`accepted`, `2021-04-19`, `Use X`):
the general paths run only for values that need them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, NamedTuple

from adrtool.errors import quoted, shortened
from adrtool.model import IN_FORCE_STATUSES, SAME_STATUSES, STATUSES, RevisitPoint, parse_iso_date
from adrtool.patterns import deferred
from adrtool.records.names import is_record_name, record_file_of_url

# Lifecycle words of the common tools and templates (adrtool, MADR, adr-tools, log4brains, EIP-style logs) and
# of hand-kept logs. A status that opens with one of them is that status; what follows is a qualifier.
KNOWN_STATUSES = frozenset({
    "proposed", "accepted", "rejected", "deprecated", "superseded", "draft", "review", "final", "living",
    "stagnant", "withdrawn", "pending", "approved", "implemented", "reverted", "abandoned", "obsolete", "retired",
    "replaced", "amended", "declined", "cancelled", "canceled", "postponed", "deferred", "completed", "done",
    "active", "decided", "agreed", "experimental", "incomplete", "proposal", "idea", "discarded", "suspended",
    "paused", "outdated", "closed", "open", "adopted", "wip", "planned", "rfc", "partial", "deleted", "submitted",
    "drafted", "complete", "stable", "new",
})
MULTI_WORD_STATUSES = frozenset({
    "last call", "on hold", "in progress", "work in progress", "partly superseded",
    "partially superseded", "partly implemented", "partially implemented", "not started", "in discussion",
    "under discussion", "under consideration", "partly accepted", "partially accepted",
    "ready for implementation", "implementation in progress", "ready for review",  # gRPC's proposals
})
_SPELLINGS = {"superceded": "superseded", "supersceded": "superseded", "superceeded": "superseded",
              "depreciated": "deprecated",  # as often misspelt (Ensembl/decisions: `Depreciated.`)
              "cancelled": "cancelled"}
# The lifecycle words as logs kept in French, German, Spanish, Portuguese, Italian, Dutch, Polish, Russian,
# Japanese, Chinese and Korean write them (a word for approval is the word for accepted there, as `承認` is).
_SPELLINGS.update({word: status for status, words in {
    "accepted": ("accepté", "acceptée", "akzeptiert", "angenommen", "aceptado", "aceptada", "aprobado", "aprobada",
                 "aceito", "aceita", "aprovado", "aprovada", "accettato", "accettata", "accetato", "geaccepteerd",
                 "aangenomen", "zaakceptowana", "zaakceptowany", "zaakceptowane", "przyjęta", "przyjęty",
                 "принято", "принят", "принята", "承認", "承認済み", "採用", "採択", "已接受", "接受", "采纳",
                 "已采纳", "已采用", "승인", "수락", "승인됨", "수락됨", "diterima", "通过", "已通过"),
    "proposed": ("proposé", "proposée", "vorgeschlagen", "propuesto", "propuesta", "proposto", "proposta",
                 "voorgesteld", "proponowana", "proponowany", "proponowane", "предложено", "предложен",
                 "предложена", "提案", "提案済み", "提议", "提案中", "已提议", "제안", "제안됨"),
    "rejected": ("rejeté", "rejetée", "refusé", "refusée", "abgelehnt", "rechazado", "rechazada", "rejeitado",
                 "rejeitada", "rifiutato", "rifiutata", "respinto", "afgewezen", "odrzucona", "odrzucony",
                 "odrzucone", "отклонено", "отклонен", "отклонён", "отклонена", "却下", "拒绝", "已拒绝", "거부",
                 "거부됨", "반려됨"),
    "deprecated": ("déprécié", "dépréciée", "obsolète", "veraltet", "obsoleto", "obsoleta", "depreciado",
                   "deprecado", "deprecada", "deprecato", "verouderd", "przestarzała", "przestarzały",
                   "przestarzałe", "deprecata", "depreciada", "descontinuado", "descontinuada", "устарело",
                   "非推奨", "廃止", "废弃", "弃用", "已废弃", "已弃用", "폐기", "폐기됨", "사용중단됨"),
    "draft": ("brouillon", "entwurf", "borrador", "rascunho", "bozza", "szkic", "черновик", "草案",
              "下書き", "초안"),
    "withdrawn": ("anulado", "anulada", "annulé", "annulée", "annullato", "annullata", "zurückgezogen",
                  "ingetrokken"),
    "superseded": ("remplacé", "remplacée", "supplanté", "supplantée", "ersetzt", "abgelöst", "reemplazado",
                   "reemplazada", "substituído",
                   "substituido", "sustituido", "sustituida", "superado", "superada", "sostituito", "vervangen",
                   "zastąpiona", "zastąpiony", "zastąpione", "заменено", "已取代", "已被取代", "被取代", "已替代",
                   "대체됨"),
}.items() for word in words})
# Czech, Slovak-free Czech as gestima and ot-it-docs write it; Dutch, Swedish, Ukrainian, Turkish, Indonesian,
# Hebrew and Arabic; `implementováno` (and German `Implementiert`, French, Spanish, Portuguese, Italian and Dutch
# ones) is the log's word implemented, as English `implemented` is kept.
_SPELLINGS.update({word: status for status, words in {
    "accepted": ("přijato", "přijaté", "přijata", "přijatý", "schváleno", "schválené", "schválený", "goedgekeurd",
                 "aanvaard", "godkänd", "godkänt", "beslutat", "beslutad", "accepterad", "accepterat",
                 "прийнято", "прийнятий", "прийнята",
                 "onaylandı", "onaylanan", "disetujui", "מאושר", "مقبول"),
    "proposed": ("navrženo", "navržené", "navržený", "navrhováno", "föreslagen", "föreslaget", "запропоновано",
                 "запропонований", "önerilen", "önerildi", "usulan", "diusulkan"),
    "rejected": ("zamítnuto", "zamítnuté", "avvisad", "avvisat", "відхилено", "відхилений", "reddedildi",
                 "ditolak"),
    "superseded": ("nahrazeno", "nahrazené", "ersatt", "замінено", "замінений", "digantikan"),
    "deprecated": ("zastaralé", "zastaralý", "zastaralo", "застаріло", "застарілий", "föråldrad", "föråldrat"),
    "implemented": ("implementováno", "implementované", "implementován", "implementiert", "umgesetzt", "implémenté",
                    "implémentée", "implementado", "implementada", "implementato", "implementata",
                    "geïmplementeerd"),
}.items() for word in words})
# More Czech words (`Odmítnuto`, `Zrušeno`, `Návrh`), Hungarian and Romanian; Turkish, Ukrainian, Bulgarian and
# Indonesian words for a draft, and Indonesian for deprecated (`Usang`).
_SPELLINGS.update({word: status for status, words in {
    "accepted": ("elfogadva", "elfogadott", "jóváhagyva", "jóváhagyott", "acceptat", "acceptată", "aprobat",
                 "aprobată"),
    "proposed": ("návrh", "navržená", "javasolt", "javaslat", "propus", "propusă"),
    "rejected": ("odmítnuto", "odmítnuté", "zamítnutý", "zamítnutá", "elutasítva", "elutasított", "respins",
                 "respinsă"),
    "superseded": ("nahrazený", "nahrazená", "felváltva", "leváltva", "lecserélve", "înlocuit", "înlocuită"),
    "deprecated": ("zastaralá", "elavult", "învechit", "învechită", "depreciat", "depreciată", "usang"),
    "draft": ("koncept", "tervezet", "ciornă", "taslak", "чернетка", "draf", "чернова"),
    "cancelled": ("zrušeno",),
}.items() for word in words})
# Thai (`ยอมรับแล้ว`, accepted), Hindi, Bengali, Arabic, Hebrew and Filipino; Turkish `Kabul` alone (acceptance).
_SPELLINGS.update({word: status for status, words in {
    "accepted": ("ยอมรับแล้ว", "ยอมรับ", "อนุมัติแล้ว", "อนุมัติ", "स्वीकृत", "গৃহীত", "התקבל", "tinanggap", "kabul"),
    "proposed": ("เสนอ", "เสนอแล้ว", "प्रस्तावित", "প্রস্তাবিত", "مقترح", "מוצע", "iminungkahi"),
    "rejected": ("ปฏิเสธ", "ถูกปฏิเสธ", "अस्वीकृत", "প্রত্যাখ্যাত", "مرفوض", "נדחה", "tinanggihan"),
    "superseded": ("ถูกแทนที่", "प्रतिस्थापित", "מוחלף"),
    "deprecated": ("เลิกใช้", "เลิกใช้แล้ว", "अप्रचलित", "مهمل"),
    "draft": ("ร่าง", "ฉบับร่าง", "मसौदा", "טיוטה", "مسودة"),
}.items() for word in words})
# Bulgarian (midt-bg/sigma's `Прието`; its `Предложено` is written as Russian writes it).
_SPELLINGS.update({word: status for status, words in {
    "accepted": ("прието", "приет", "приета"), "rejected": ("отхвърлено", "отхвърлен", "отхвърлена"),
    "deprecated": ("остаряло", "остарял", "остаряла"),
}.items() for word in words})
# Norwegian, Danish, Swedish, Finnish, German, French, Japanese, Korean and Greek (Greek typed without its accents
# too, as capitals drop them: `ΑΠΟΔΕΚΤΟ`); a word for decided or adopted is that word (`Entschieden`, `Adopté`).
# hitobito's two German statuses, `Vorschlag` (a proposal, proposed so that `adr accept` takes it) and
# `Abgeschlossen` (concluded: what its process sets once the decision is taken, so accepted); `Entscheid` (a
# decision) is decided, as `Entschieden` is.
_SPELLINGS.update({word: status for status, words in {
    "accepted": ("akseptert", "godkjent", "vedtatt", "accepteret", "vedtaget", "godkendt", "validé", "validée",
                 "hyväksytty", "antagen", "antaget", "besluttet", "채택", "채택됨", "αποδεκτό", "αποδεκτο", "αποδεκτή",
                 "αποδεκτη", "abgeschlossen"),
    "proposed": ("foreslått", "foreslået", "forslag", "vorschlag", "ehdotettu", "προτεινόμενο", "προτεινομενο",
                 "προτεινόμενη", "προτεινομενη"),
    "rejected": ("avvist", "afvist", "avslagen", "avslaget", "απορρίφθηκε", "απορριφθηκε", "απορριφθέν"),
    "superseded": ("erstattet", "置換済み", "korvattu"),
    "draft": ("utkast", "luonnos"),
    "decided": ("entschieden", "entscheid"),
    "adopted": ("adopté", "adoptée"),
    "implemented": ("υλοποιημένο", "υλοποιημενο", "υλοποιήθηκε", "υλοποιηθηκε"),
    "active": ("ενεργό", "ενεργο", "ενεργή", "ενεργη", "vigente"),
    # French words kept as the English word they translate is (`status: approuvée`, betagouv/rdv-service-public),
    # and Chinese `推迟`, put off
    "approved": ("approuvé", "approuvée", "approvato", "approvata"),
    "proposal": ("proposition",),
    "abandoned": ("abandonné", "abandonnée"),
    "deferred": ("推迟", "已推迟"),
}.items() for word in words})
# A decision pending, in the languages the lists above read (Spanish `Pendiente`, Aventide.gift's; Portuguese,
# German, Italian, Dutch, Polish, Japanese `保留中` and `未決`, Chinese, Korean): a proposal not yet decided, as English
# `pending` is.
_SPELLINGS.update(dict.fromkeys(("pending", "pendiente", "pendente", "ausstehend", "in_review", "in-review",
                                 "pendent", "oczekujący", "oczekująca", "oczekujące", "保留中", "未決", "未決定",
                                 "待定"), "proposed"))
# A decision taken or resolved, approved, turned down or replaced, in words the lists above lacked: French `Résolu`
# (MTES-MCT's monitorfish and monitorenv), Chinese `已决定` and Japanese `決定` / `決定済み` (decided), German
# `beschlossen` as `entschieden` is; German, Russian and Chinese approval as the English word they translate
# (`approved`, as Italian `approvata` is); refusals (`거절됨`, `已否决`, `已驳回`, `却下済み`, Italian `respinta`,
# German `verworfen`), and Russian `заменена`, replaced.
_SPELLINGS.update({word: status for status, words in {
    "resolved": ("résolu", "résolue"),
    "decided": ("已决定", "決定", "決定済み", "beschlossen"),
    "approved": ("genehmigt", "утверждено", "утверждён", "утвержден", "одобрено", "已批准"),
    "accepted": ("承認済",),
    "rejected": ("거절됨", "거절", "已否决", "已驳回", "却下済み", "respinta", "verworfen"),
    "superseded": ("заменена", "заменён", "заменен"),
}.items() for word in words if word not in _SPELLINGS})
# The words phodal/adr's `adr status` writes in the languages of its templates (`src/lib/helpers/i18n.ts`: zh-cn
# `提议/通过/完成/已弃用/已取代`, it-IT `proposta/accettata/implementata/deprecata/sostituita`, pt-br
# `proposto/aceito/finalizado/descontinuado/cancelado`, fr `propose/accepte/termine/deprecie/remplace`, ru
# `предложено/принято/реализовано/устарело/изменено`), those no list above has: each the English word it
# translates (`完成`, done; `cancelado`, cancelled); Russian `изменено` (changed) is the tool's word for superseded.
_SPELLINGS.update({word: status for status, words in {
    "done": ("完成", "已完成", "finalizado", "finalizada", "terminé", "terminée"),
    "implemented": ("implementata", "implementato", "реализовано"),
    "superseded": ("sostituita", "изменено"),
    "cancelled": ("cancelado", "cancelada"),
    "deprecated": ("منسوخ",),  # Persian, as phodal/adr's fa words below
}.items() for word in words})
# Chinese as cosmos-sdk's translated log writes its PROPOSED / DRAFT / IMPLEMENTED (`建议中`, `提议中`, `草稿`,
# `已实施`), and Japanese words done (`済み`) as many logs write them: `採用済み` adopted, `置き換え済み` replaced.
_SPELLINGS.update({word: status for status, words in {
    "proposed": ("建议中", "提议中", "建议", "已建议"),
    "draft": ("草稿",),
    "implemented": ("已实施", "已实施的提案", "已实现"),
    "accepted": ("採用済み", "採択済み"),
    "deprecated": ("廃止済み",),
    "superseded": ("置き換え", "置き換え済み", "置換", "置き換えられた"),
}.items() for word in words})
# Japanese verbs of a decision in the polite past, as the Japanese template of phodal/adr's k2works fork writes a
# status (`2024-11-13 提案されました`, proposed; `承認されました`, accepted): each stem's word.
_SPELLINGS.update({stem + ending: status for status, stems in {
    "proposed": ("提案",), "accepted": ("承認", "採用", "採択", "受け入れ", "受け入れら"), "rejected": ("却下",),
    "deprecated": ("非推奨", "廃止"), "superseded": ("置き換え", "置き換えら", "置換"), "done": ("完了",),
    "implemented": ("実装",),
}.items() for stem in stems for ending in ("されました", "しました", "れました", "になりました")})


def _folded(word: str) -> str:
    """``word`` without its diacritics (`přijato` is `prijato`, Vietnamese `đề xuất` is `de xuat`), as logs
    typed without them write it; empty for a word of another script."""
    decomposed = unicodedata.normalize("NFKD", word.replace("đ", "d").replace("ı", "i"))
    return decomposed.encode("ascii", "ignore").decode("ascii") if decomposed.isascii() or any(
        "a" <= character <= "z" for character in decomposed) else ""


# Every such word typed without its diacritics is that word (`prijato`, `zamitnuto`, `onaylandi`); not where the
# plain spelling is a word of its own.
_SPELLINGS.update({plain: status for word, status in list(_SPELLINGS.items())
                   if not word.isascii() and (plain := _folded(word)) and plain.isalpha() and plain not in _SPELLINGS
                   and plain not in KNOWN_STATUSES})
# Lifecycle words of several words in other languages (Russian `На рассмотрении`, under review; Turkish
# `Kabul edildi`, Vietnamese `Đã chấp nhận`, accepted), read as the one status they stand for.
_PHRASES = {"на рассмотрении": "proposed", "kabul edildi": "accepted", "kabul edilmedi": "rejected",
            "स्वीकृत नहीं": "rejected", "đã chấp nhận": "accepted",
            "chấp nhận": "accepted", "đã quyết định": "accepted", "đã duyệt": "accepted", "đề xuất": "proposed",
            "được đề xuất": "proposed", "từ chối": "rejected", "bị từ chối": "rejected", "đã từ chối": "rejected",
            "bị thay thế": "superseded", "đã thay thế": "superseded", "được chấp nhận": "accepted",
            # partly replaced, as German, French, Spanish and Portuguese logs write it (`Teilweise ersetzt durch
            # [ADR-0023](..)`, timjonaswechler/bug_hunter)
            "teilweise ersetzt": "partially superseded", "teilweise abgelöst": "partially superseded",
            "partiellement remplacé": "partially superseded", "partiellement remplacée": "partially superseded",
            "parcialmente reemplazado": "partially superseded", "parcialmente reemplazada": "partially superseded",
            "parcialmente substituído": "partially superseded", "parcialmente substituída": "partially superseded",
            "lỗi thời": "deprecated",
            "đã lỗi thời": "deprecated", "kullanımdan kaldırıldı": "deprecated",
            # French, as 1024pix/pix writes a decision under way or tried out (`En cours d'expérimentation`)
            # a decision pending, under review or awaiting one, in any language, is a proposal: `adr accept` and
            # `adr reject` move it on (`Pending review`, GSA-TTS/FAC's, whole: no pending state and a remark)
            **dict.fromkeys(("in review", "under review", "pending review", "pending approval", "pending decision",
                             "awaiting review", "awaiting approval", "awaiting decision", "in revisione",
                             "en revisión", "en revision", "em análise", "em revisão", "en attente",
                             "en cours de revue", "in behandeling", "in prüfung", "in überprüfung", "in attesa",
                             "en espera", "em espera", "在审核", "审核中", "待审核", "審議中", "검토 중", "검토중",
                             "на согласовании"), "proposed"),
            "en discussion": "in discussion", "en cours": "in progress", "en cours d'expérimentation": "experimental",
            # phodal/adr's Persian words (`پیشنهاد شده/پذیرفته شده/پیاده شده/منسوخ/جایگزین شده`)
            "پیشنهاد شده": "proposed", "پذیرفته شده": "accepted", "پیاده شده": "implemented",
            "جایگزین شده": "superseded"}
_PHRASES.update({plain: status for phrase, status in list(_PHRASES.items())
                 if not phrase.isascii() and (plain := _folded(phrase)) and plain.replace(" ", "").isalpha()})
# A word for withdrawn followed by a record's number alone (Russian `Отменено (0005)`, as kreghek/SynAdor writes
# a decision replaced by 0005): superseded by that record. The word alone stays the log's own.
_WITHDRAWN_FOR = ("отменено", "отменен", "отменён", "отменена")
_NUMBER_ALONE = deferred(r"\s*[(（]\s*(?:adr[-_ ]?)?#?(\d+)\s*[)）]\s*\.?", re.IGNORECASE)
# A kramdown attribute list after the status (`{: .label .label-green}`): how just-the-docs sites colour it.
_ATTRIBUTE_LIST = deferred(r"\{:[^{}]*\}")
# What a status that tells what became of the decision says before the later word (`Accepted, later deprecated`).
# The blanks before a comma are optional only with the comma: `\s*[,;]?\s+` would split a run of blanks every way.
# Another key and its value after a status on its line, apart by a bar (`developed | Technical Story: [#297](..)`,
# MADR 2 bullets one line held): no choice of a template's menu, which names no key.
_ANOTHER_FIELD = deferred(r"\s\|\s+(?:\*\*|__)?[^\W\d_][^\W\d_ ]{0,30}(?: [^\W\d_]+){0,2}(?:\*\*|__)?\s*[:：]")
_LATER = deferred(r"^[*_]*([^\W\d_]+)[*_]*(?:\s*[,;])?\s+(?:and\s+|but\s+)?later\s+", re.IGNORECASE)
# An emoji written as its shortcode, as GitHub shows it (`:white_check_mark:`, `:x:`, `:busts_in_silhouette:`,
# `:man_in_manual_wheelchair_facing_right:`): the one pattern every look for one is built on.
SHORTCODE = r":[a-z0-9_+-]+:"
_SHORTCODES = deferred(rf"^(?:\s*{SHORTCODE})+")  # `:thinking_face: Proposed`
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)  # a comment after the status: the template's choices
_LOST_COMMENT = deferred(r"<--.*?-->", re.DOTALL)
# A status phrase of unknown words is taken whole up to this many words (`not applicable`); longer prose is
# not a status the reader can name.
_CUSTOM_WORDS = 2

# How people spell supersede (`Supercedes`, `Superceeds`, `Superseeds`, `Superceeded`): one word all the same.
SUPERSEDES_WORD = r"supers?c?[ce]{1,2}e?de?s"
SUPERSEDED_WORD = r"supers?c?[ce]{1,2}e?de?d"
# A record named by its number alone, as a relation's word may be followed by it (`Superseded ADR 7`, `Supersedes
# ADR-003.`): not a day, a year or a count (`Superseded 2023-01-10`, `Supersedes 2019 plan`, `Replaces 3 scripts`),
# nor a part of one (`7 (partly)`).
_ALONE_AFTER = r"\s*(?:$|[,;.]|\((?!\s*part)|and\s)"  # what may follow a record named alone (not `(partly)`)
_A_RECORD_ALONE = rf"(?:(?:adr[-_ ]?#?|#)\d+|(?!(?:19|20)\d\d(?!\d))\d+)(?!\d|[-/.]\d){_ALONE_AFTER}"
# Superseded by, in the languages statuses are read in (`Ersetzt durch`, `Remplacé par`, Spanish and Portuguese
# `Superado por` and Spanish `Sustituido por` as well as `Reemplazado por`; Vietnamese `Bị thay thế bởi ADR-0007`,
# diacritics typed or not; Indonesian `diganti oleh`; Romanian `înlocuit de`; Turkish `Yerini aldı`).
SUPERSEDED_BY_PHRASE = (rf"{SUPERSEDED_WORD}\s+by|(?:abgelöst|ersetzt)\s+durch"
                        r"|remplac[ée]e?\s+par(?:\s+l['’]|\s+la\s|\s+le\s)?"  # `remplace par`: the accent not typed
                        r"|reemplazad[oa]\s+por|sustituid[oa]\s+por|substitu[íi]d[oa]\s+(?:por|pel[oa])"
                        r"|superad[oa]\s+(?:por|pel[oa])|supersedid[oa]\s+por"
                        r"|(?:sostituit|superat)[oa]\s+da(?:ll['’]|lla\s|l\s)?"  # `sostituito dall'ADR 0003`
                        r"|vervangen\s+door|zast[aą]pion[yae]?\s+przez|ersatt\s+av|erstattet\s+a[fv]|digantikan\s+oleh"
                        r"|(?:(?:đ|d)[aã]\s+)?(?:(?:b[iị]|đ[uư][oợ]c|duoc)\s+)?thay\s+th[eế]\s+b[oở]i|diganti\s+oleh"
                        r"|[îi]nlocuit[ăa]?\s+de"
                        r"|(?:заменено|замінено)\s+на"
                        r"|yerini\s+ald[ıi]")  # Turkish: `Yerini aldı: ADR-0002`, it took the record's place
# `By` in the languages relations are read in, after the English word (`Superseded por ADR-5`, `Superseded (parcial)
# por ADR-007`): before a record only.
_BY_IN_OTHER_LANGUAGES = r"(?:por|par|von|durch|door|da|de|przez|pel[oa])"
# (Czech `Nahrazeno` and Russian `Заменено` without `на` say it only before the record: `Заменено ADR-1`.)
_SUPERSEDED_BY = deferred(rf"^\s*(?:{SUPERSEDED_BY_PHRASE}"
                          rf"|{SUPERSEDED_WORD}\s+{_BY_IN_OTHER_LANGUAGES}(?=\s+(?:\[|adr|#|\d))"
                          r"|(?:nahrazen[oa]?(?:\s+rozhodnut[ií]m)?|заменено)(?=\s+(?:\[|adr|#|\d))"
                          # `Superseded ADR 7` (ThoughtWorksInc/kakuma-frontend): `by` left out before a record's number
                          rf"|{SUPERSEDED_WORD}(?=\s+{_A_RECORD_ALONE})"
                          # `Superseded → ADR-0018`: an arrow for `by`
                          rf"|{SUPERSEDED_WORD}(?:\s+by)?\s*(?:→|->|=>|⇒)(?=\s*[\w\[])"
                          # `Superseded in favour of ADR-0002`
                          rf"|{SUPERSEDED_WORD}\s+in\s+favou?r\s+of(?=\s+(?:\[|adr|#|\d))"
                          # `Superseded (2026-03) by ADR-7`, `Superseded (parcial, temporal) por ADR-007`: a remark
                          # in brackets, then `by` in the log's language
                          rf"|{SUPERSEDED_WORD}\s*\([^()\n]{{0,40}}\)\s*(?:by|{_BY_IN_OTHER_LANGUAGES})"
                          r"(?=\s+(?:\[|adr|#|\d)))"
                          r"(?:\b|(?<=[→>⇒]))[\s:]*(.*)$", re.IGNORECASE | re.DOTALL)
# A supersession the status says is in part, a remark in brackets saying so or not (`Superseded in part by
# [ADR-0024](..)`, aureat/phalcom-lang's; `Superseded (in part) by ADR-9`, `Partly superseded by ..`, `Superseded
# (parcial, temporal) por ADR-007`): the record it names amends this one, whose other parts stand. Its group: what
# follows `by`.
_IN_PART = r"in\s+part|partly|partially|partial|parcial(?:mente)?|teilweise|partiel(?:lement)?"
_SUPERSEDED_IN_PART = deferred(
    rf"[*_]*(?:(?:{_IN_PART})\s+{SUPERSEDED_WORD}"
    rf"|{SUPERSEDED_WORD}(?:\s*\((?=[^()\n]{{0,40}}\b(?:{_IN_PART})\b)[^()\n]{{0,40}}\)|\s+(?:{_IN_PART})))"
    rf"[*_]*\s+(?:by|{_BY_IN_OTHER_LANGUAGES})\b[\s:]*(.*)$", re.IGNORECASE | re.DOTALL)
# A log's own word, then `by` and what set the decision aside: a link, a record's or a discussion's number
# (`Reverted by [discussion #1198](..)`, `extended by ADR-0016`); not a person (`Discussed by @ann and @bo`).
_WORD_BY_A_RECORD = deferred(r"[^\w\[]*([^\W\d_]+)\s+by\s+(?:\[|<|https?://|(?:adr|rfc)[-_ #]?\d|#\d|\d)",
                             re.IGNORECASE)
# In the languages statuses are read in too: `remplace` (not `remplace par`, its accent untyped), `reemplaza`,
# `substitui`.
_SUPERSEDES = deferred(rf"^\s*(?:{SUPERSEDES_WORD}|replaces|remplace(?!\s+par\b)|reemplaza|substitui)\b[\s:]*(.*)$",
                       re.IGNORECASE | re.DOTALL)
# `replaced by X` after the status word and a `;` or `,` (`Deprecated, replaced by [ADR 12](..)`): its successor.
_REPLACED_BY = deferred(r"^\s*replaced\s+by\b[\s:]*(.*)$", re.IGNORECASE | re.DOTALL)
# What names a part of a record after `supersedes` (`parts of`, `the v1 permission-mapping portion of`): that
# record stays in force, amended (the Status section's reader says amends), never superseded.
PART_OF = r"(?:(?:some|parts?|portions?)\s+of|the\s+[^\[\]\n.;:]{1,60}?\s+of" \
    r"|(?:part|section|phase|step|chapter)\s+\d+(?:\s+[^\[\]\n.;:]{1,60}?)?\s+of)\s+"  # `Part 2 "X" of ADR-7`
_PART_OF = deferred(PART_OF, re.IGNORECASE)
# A part of the record superseded, named before the verb (`V1 permission-mapping portion superseded by [0009](..)`,
# elsa-workflows/elsa-core): the rest of it stands, partially superseded.
PORTION_SUPERSEDED = rf"[^\W_][^\[\]\n.;:]{{0,60}}?\s(?:portions?|parts?)\s+(?:(?:is|are|was|were|has\s+been)\s+)?" \
    rf"{SUPERSEDED_WORD}\s+by\s+"
# A relation in parentheses straight after the status words, naming records alone (`Accepted (replaces ADR
# 0013)`, `Superseded (by 0013)`, `Accepted (supersedes [ADR 0002](0002-b.md))`): `by` alone after superseded.
_REFERENCE_ITEM = r"(?:(?:adr|rfc)[-_ ]?#?|#)?\d+(?:[-_][\w.-]*?\.md)?"
_IN_PARENTHESES = deferred(
    rf"[^\W\d_]+(?:[ -][^\W\d_]+){{0,2}}\s*\(\s*(?:(?P<older>{SUPERSEDES_WORD}|replaces)"
    rf"|(?P<newer>(?:{SUPERSEDED_WORD}\s+|replaced\s+)?by))\s+"
    rf"(?P<references>{_REFERENCE_ITEM}(?:\s*(?:,|&|\band\b)\s*{_REFERENCE_ITEM})*)\s*\)", re.IGNORECASE)
# What a superseded status points to in parentheses, in the languages statuses are read in (`Substituido (ver
# ADR-0004)`, `Superseded (see ADR-0005 and ADR-0014)`, `(ver `docs/x.md` e ADR-0055)`): the records it names by
# reference are its successors.
_SEE_IN_PARENTHESES = deferred(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}\s*\(\s*(?:see|ver|vea|véase|voir|siehe|vedi|zie)"
                               r"\s*:?\s+([^()]+)\)", re.IGNORECASE)
_NAMED_RECORD = deferred(r"\b(?:adr|rfc)[-_ ]?#?\d+\b", re.IGNORECASE)
# A sentence saying what became of the decision (`Technical decision has been accepted.`, `This ADR is accepted.`,
# `The decision was accepted on 2020-01-01.`): its word. Not one about anything else (`It is accepted that ...`).
_DECISION_SENTENCE = deferred(r"(?:th(?:is|e)\s+)?(?:[^\W\d_]+\s+)?(?:decision|adr|proposal|record|rfc)\s+"
                              r"(?:has\s+been|is|was)\s+(?:now\s+)?([^\W\d_]+)(?:\s+(?:on|in|by)\b[^.]*)?\.?",
                              re.IGNORECASE)
# The record that replaced this one, named first in brackets after a superseded status in words of its own language
# (`置き換え（[ADR-0013](./0013-x.md) により ...）`, `置き換え（ADR-0006: pnpm + Bun移行）`).
_SUCCESSOR_IN_BRACKETS = deferred(r"^[^\W\d_]+\s*[（(]\s*(\[[^\[\]]*\]\([^()\s]*\)|(?:adr|rfc)[-_ ]?#?\d+)",
                                  re.IGNORECASE)
# A supersede relation after a comma or a dash that follows the status word (`Deprecated, replaced by [ADR 12](..)`,
# `**Historisch** – ersetzt durch [ADR 004](..)`): read as one after a `;` is.
_RELATION_AFTER_A_COMMA = deferred(rf"(?:,|\s[-–—])\s*(?=(?:{SUPERSEDED_BY_PHRASE})\b|replaced\s+by\b"
                                   rf"|{SUPERSEDES_WORD}\b|replaces\b)", re.IGNORECASE)
_PORTION_SUPERSEDED = deferred(rf"{PORTION_SUPERSEDED}{_REFERENCE_ITEM}\s*\.?", re.IGNORECASE)  # a record alone
# Struck-through text, GitHub's `~~..~~` and its single-tilde `~..~` (no blank inside either tilde: `~5 ~ 10` is
# none), and emphasis and code marks.
_STRUCK_ONE_TILDE = r"(?<!~)~(?=[^\s~])[^~]*?(?<=[^\s~])~(?!~)"
_MARKUP = deferred(rf"~~.*?~~|{_STRUCK_ONE_TILDE}|[*_`]+")
_STRUCK = deferred(rf"~~[^~]+~~|{_STRUCK_ONE_TILDE}")
_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Where the status words end (full-width punctuation and `——` as CJK text writes them too). No blanks before it:
# the words are split on blanks anyway, and a split that tried a run of blanks at each of its places is quadratic.
_QUALIFIER = deferred(r"(?:[(\[,;:.!?/（【，；：。、！？]|\s[-–—]\s|——|$)")
# A status in the log's language with its English word after it in brackets, as bilingual templates write them
# (`구현됨 (Implemented)`, `사용 중단됨 (Deprecated)`: a Korean word adr has not learnt).
_TRANSLATED = deferred(r"[^\W\d_][^()（）]{0,30}?\s*[(（]\s*([A-Za-z]+(?: [A-Za-z]+){0,3})\s*[)）]")
_PLACEHOLDER = deferred(r"[|{}]|^\[.*\]$")  # `proposed | accepted`, `{status}`, `[status]`
_TABLE_RULE_IN = deferred(r"\|\s*:?-{3,}:?\s*\|")  # a table's rule in a paragraph's text (`| Key | Value | |---|---|`)
# Chinese `被 [ADR-0003](..) 取代` (superseded by ADR-0003), after a status (`已废弃 —— 被 .. 取代`) or as one
# Japanese and Korean name the successor first (`ADR-0020 により置き換え`, `[ADR-0020](..) に置き換えられた`,
# `ADR-0020으로 대체됨`, `ADR-0020에 의해 대체됨`): the reference, its particle, the verb.
_REPLACED_BY_AFTER = deferred(rf"\s*(\[[^\[\]\n]*\]\([^()\s]*\)|{_REFERENCE_ITEM}|[\w.-]+\.md)\s*"
                              r"(?:により|に|で|으로|로|에\s*의해)\s*"
                              r"(?:(?:置き換え|置換)(?!予定|な[いく]|ず|中|検討|られな|られず|しな|せず|ませ)"
                              r"|대체(?:됨|되었))", re.IGNORECASE)
# (a replacement planned or denied is none: `に置き換え予定`, `に置き換えない`, `으로 대체 예정`, `대체되지 않음`)
_REPLACED_BY_CJK = ("取代", "替代", "代替", "覆盖")  # the verbs of `被 X 取代` (`覆盖`, overridden)
_CJK_REFERENCE = deferred(r"\s*(?:adr[-_ ]?|#)\d+\b|\s*\d+\s*$", re.IGNORECASE)  # `由 ADR 0008 取代`, `由 8 取代`


# Statuses that say a decision holds: a successor named after one, on its line, is what became of it. (Not a log's
# own word, `Historisch - ersetzt durch [ADR 4](..)`: that may say the decision ended.)
_HOLDING = frozenset({"accepted", "proposed", "approved", "adopted", "agreed", "decided", "implemented", "active",
                      "draft", "final"})
# Statuses that already say a decision no longer holds: a successor named beside them leaves them as they are.
ENDED_STATUSES = frozenset({"superseded", "deprecated", "rejected", "withdrawn", "obsolete", "retired", "replaced",
                            "abandoned", "discarded", "declined", "reverted", "cancelled", "canceled", "outdated",
                            "partly superseded", "partially superseded"})


class StatusReading(NamedTuple):
    status: str | None  # the lifecycle word, lower case; None when none is stated (or none could be read)
    superseded_by: tuple[str, ...] = ()  # the references after `superseded by`, as written
    supersedes: tuple[str, ...] = ()  # after `supersedes` in a compound status (`accepted; supersedes ADR-45`)
    sure: bool = True  # False: the text says something the reader could not make out as a status
    template: bool = False  # the template's placeholder, left as it was


def a_moment(value: object) -> bool:
    """Whether ``value`` is a moment a tool stamped (`2018-11-02T16:46:57+00:00`, YAML's datetime), not a day a
    person wrote."""
    return isinstance(value, datetime) or (type(value) is str and _TIME_OF_DAY.search(value) is not None)


_TIME_OF_DAY = deferred(r"\d[T ]\d\d:\d\d")
_WHOLE_LINK = deferred(r"\[([^\[\]]+)\]\([^()\s]*\)")


def a_run_in_value(key: str, value: str) -> bool:
    """Whether ``value`` after a key written as a run-in heading (`**Status.** Proposed`, the full stop inside the
    bold) is that key's: a status word first for the status, a digit for a day's key; a sentence that opens a
    paragraph otherwise (`**Decided.** We adopt Postgres`, `- **Created.** By the platform team`)."""
    if key == "status":
        first = _FIRST_WORD.search(value)
        return first is not None and first.start() < _MARKS_BEFORE and _is_lifecycle_word(first.group(0).lower())
    if "date" in key or key in _DAY_KEYS:
        return any(character.isdigit() for character in value)
    return True


_FIRST_WORD = deferred(r"[^\W\d_]+")
_MARKS_BEFORE = 4  # what may come before a run-in status's word (`**`, an emoji)
_DAY_KEYS = frozenset({"created", "decided", "decided-on", "accepted-on", "established", "introduced", "updated",
                       "last-updated", "last-modified"})


@functools.lru_cache(maxsize=16)
def statuses_as_read(statuses: tuple[str, ...]) -> tuple[str, ...]:
    """A project's configured ``statuses`` and each as the reader reads the same word in a record (`pending`,
    `in review`: proposed): what a record's status, as read, is compared with. The built-in words read as
    themselves, unread (the slow way of reading a word of two, `in progress`, compiles patterns a command that
    only lists its records never needs)."""
    return tuple(dict.fromkeys((*statuses, *(status if status in READ_AS_THEMSELVES else
                                             read_status(status).status or status for status in statuses))))


# The statuses adrtool configures by default and the words other tools' logs write for them: each reads as itself.
READ_AS_THEMSELVES = frozenset((*STATUSES, *IN_FORCE_STATUSES, *SAME_STATUSES))


def read_status(text: str) -> StatusReading:
    """The status ``text`` states (front matter, a bullet, a Status section's paragraph)."""
    plain = text.strip()
    if not plain.isascii() and (visible := plain.translate(_INVISIBLE).strip()) != plain:
        plain = visible  # `Proposed\u200b`, `\u200fProposed\u200f`: marks that show nothing, on either side
    if not plain:
        return StatusReading(None)
    if plain.isalpha():  # nearly every status: one word, no decoration
        word = plain.lower() if plain.isascii() else unicodedata.normalize("NFC", plain.lower())
        return StatusReading(_SPELLINGS.get(word, word))
    if "_" in plain and plain[0] != "_" and plain[-1] != "_" and plain.replace("_", "").isalpha():
        return read_status(plain.replace("_", " "))  # `IN_PROGRESS`, `not_adopted`: words of a constant's name
    if plain[:1] == "_" and plain[1:2].isdigit() and (sorting := _SORT_PREFIX.match(plain)) is not None:
        return read_status(plain[sorting.end():])  # `_3_agreed`: a site's sort order before the word (Jekyll)
    if plain[:1] == "[" and plain[-1:] == ")" and (linked := _WHOLE_LINK.fullmatch(plain)) is not None \
            and (word := _undecorated(linked.group(1))) and _is_lifecycle_word(word.lower()):
        return read_status(word)  # `[✅ Aceptado](../22-documentacion.md#estados)`: a status word linked to its meaning
    if "{:" in plain:  # `Accepted {: .label .label-green}`: a kramdown attribute list styles it (just-the-docs)
        plain = _ATTRIBUTE_LIST.sub("", plain).strip()
        if not plain:
            return StatusReading(None)
        if plain.isalpha():
            return read_status(plain)
    if "<" in plain and "<br" in plain.lower():  # `Final<br/>`: an HTML line break ends the line (tock's TRDs)
        plain = LINE_BREAK.sub(" ", plain).strip()
        if not plain or plain.isalpha():
            return read_status(plain)
    if "&" in plain and ";" in plain and (unescaped := _unescaped(plain)) != plain:
        return read_status(unescaped)  # `Draft&#x20;`: an entity an export left (GitBook, Notion)
    if "<!--" in plain:  # `accepted <!-- proposed | accepted | rejected -->`: the choices the template gave
        plain = _COMMENT.sub("", plain).strip()
        if not plain:
            return StatusReading(None, sure=False, template=True)
    elif "<--" in plain and "-->" in plain:  # `Draft <-- draft | rejected -->`: a comment whose `!` was lost
        plain = _LOST_COMMENT.sub("", plain).strip()
        if not plain:
            return StatusReading(None)
    if "![" in plain and (badges := _badge_status(plain)) is not None:
        return badges
    return _read_status(plain)


# Characters that show nothing in a status: zero-width spaces and joiners between words, direction marks and
# embeddings, the byte order mark (not the joiner inside an emoji).
_INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F),
                            *range(0x2066, 0x206A)])
_SORT_PREFIX = deferred(r"_\d{1,3}_(?=[^\W\d_])")
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)  # `<br>`, `<br/>`, `<br />`


# An image, linked or not (`[![Generic badge](https://badgen.net/badge/ADR/approved/green/)](README.md)`), its
# address in a reference definition elsewhere or not (`![accepted]`, `[![adr: accepted][adr-accepted]][adr-2]`):
# the second group is the address written in the image, None for a reference.
_IMAGE = deferred(r"\[?!\[([^\[\]]*)\](?:\(<?([^()\s<>]*)>?(?:\s+\"[^\"]*\")?\)|\[[^\[\]]*\])?"
                  r"(?:\]\([^()\s]*\)|\]\[[^\[\]]*\])?")
# What a status badge's subject says it is (`ADR`, `status`); a badge with another subject (`build`) states a
# status only when its message is a lifecycle word.
_BADGE_SUBJECTS = frozenset({"adr", "status", "decision", "state", "record", "proposal"})


def _badge_status(text: str) -> StatusReading | None:
    """The status a status written as images alone states: a badge's message, read from its address (badgen's
    `/badge/<subject>/<status>/<colour>`, shields.io's `/badge/<subject>-<status>-<colour>`), else an image's
    alt text that is a lifecycle word (`![Accepted](..)`, `![accepted]` whose address a reference definition
    gives, `![adr: accepted][badge]`); no status for any other image (`Generic badge` is
    its alt text, not a status). None when ``text`` holds more than images: it is read as any status is."""
    images = list(_IMAGE.finditer(text))
    if not images or _IMAGE.sub("", text).strip():
        return None
    for image in images:
        message = _badge_message(image.group(2)) if image.group(2) else None
        if message is not None:
            return read_status(message)
    for image in images:
        alt = _undecorated(image.group(1))
        subject, colon, message = alt.partition(":")
        if colon and subject.strip().lower() in _BADGE_SUBJECTS:
            alt = message.strip()  # `adr: accepted`: a badge's subject and message as its alt text
        if alt and lifecycle_word(alt) is not None:
            return read_status(alt)
    return StatusReading(None, sure=False)


def badge_fields(text: str) -> dict[str, str]:
    """The status and the day a line of badges alone states under a title (HibiscusCollective/goats:
    `![Accepted](https://img.shields.io/badge/status-accepted-success)
    ![Date](https://img.shields.io/badge/Date-27_Jul_2023-lightblue)`): a status badge's message (as
    ``_badge_status`` reads one), a date badge's; nothing for a line holding more than images."""
    images = list(_IMAGE.finditer(text))
    if not images or _IMAGE.sub("", text).strip():
        return {}
    found = {}
    for image in images:
        parts = _badge_parts(image.group(2)) if image.group(2) else None
        if parts is None or not parts[1]:
            continue
        subject, message = parts[0].lower(), parts[1]
        if "status" not in found and (subject in _BADGE_SUBJECTS or subject.endswith(" status") or
                                      (not subject and lifecycle_word(message) is not None)) \
                and read_status(message).status is not None:
            found["status"] = message  # not another thing's state (`API v1 - deprecated`, `build - passing`)
        elif "date" not in found and subject in _BADGE_DAYS and read_date(message).day is not None:
            found["date"] = message
    return found


_BADGE_DAYS = frozenset({"date", "decided", "decision date", "accepted"})


def _badge_message(address: str) -> str | None:
    """The status a badge's address states (see ``_badge_status``), or None when it is no status badge."""
    parts = _badge_parts(address)
    if parts is None:
        return None
    subject, message = parts
    if not message or (subject.lower() not in _BADGE_SUBJECTS and lifecycle_word(message) is None):
        return None
    return message


def _badge_parts(address: str) -> tuple[str, str] | None:
    """A badge's subject and message, read from its address (badgen's `/badge/<subject>/<message>/<colour>`,
    shields.io's `/badge/<subject>-<message>-<colour>`); None for the address of any other image."""
    address = address.split("?", 1)[0].split("#", 1)[0]
    if "badgen.net/badge/" in address:
        parts = address.split("/badge/", 1)[1].split("/")
        if len(parts) < 2:
            return None
        subject, message = (urllib.parse.unquote(part).strip() for part in parts[:2])
    elif "shields.io/badge/" in address:
        path = address.split("/badge/", 1)[1].removesuffix(".svg").removesuffix(".png")
        # shields' escapes: `--` is a dash, `__` an underscore, `_` a space
        parts = [urllib.parse.unquote(part.replace("\0", "-").replace("__", "\1").replace("_", " ")
                                      .replace("\1", "_")).strip()
                 for part in path.replace("--", "\0").split("-")]
        if len(parts) == 3:
            subject, message = parts[0], parts[1]
        elif len(parts) == 2:  # `/badge/<status>-<colour>`: no subject
            subject, message = "", parts[0]
        else:
            return None
    else:
        return None
    return subject, message


def _unescaped(text: str) -> str:
    """``text`` with its HTML character references read (`&#x20;`, `&nbsp;`, `&amp;`), blanks as blanks."""
    import html

    return html.unescape(text).replace("\xa0", " ").strip()


# A status written before the template's choices, which were left in their brackets after it (split at the first
# `|`, so that a run of them is not tried at each).
_WORD_THEN_CHOICES = deferred(r"([^\W\d_][\w-]*(?:[ \t][^\W\d_][\w-]*)?)[ \t]*\[[^\n|]*\|[^\n]*\][ \t]*")


# The states of a decision itself, as the common templates name them; `implemented` and the like say what became of
# the work it decided.
_DECISION_STATES = frozenset({"proposed", "accepted", "rejected", "deprecated", "superseded"})


def _the_state_among(steps: list[str]) -> str:
    """Of the steps a status names (`Drafted & Accepted`, apache/james-project's `Accepted & implemented`), the
    decision's state: the last that is one of its states (``_DECISION_STATES``), else the last."""
    for step in reversed(steps):
        if lifecycle_word(_undecorated(step)) in _DECISION_STATES:
            return step
    return steps[-1]


_CHOICE = deferred(r"(~~|\*\*|__)([^\W\d_][^~*_|·,/\n]*?)\1|[^\W\d_]+(?:[ \t]*[(（][^()（）\n]*[)）])?")
_BETWEEN_CHOICES = deferred(r"[ \t]*(?:[|·,/][ \t]*)?")


class Choice(NamedTuple):
    """One of the statuses a line offers (``choices_on_a_line``)."""

    start: int  # its column, mark included
    end: int
    mark: str  # `**`, `__`, `~~` or ""
    words: str
    remark: str = ""  # the day a marked status gives in its marks (`**Accepted (2026-01-05)**`), as written


def choices_on_a_line(text: str, at: int, *, marked: bool = True) -> list[Choice] | None:
    """The statuses a line offers from column ``at`` on, two or more, each marked or not and nothing else between
    them than blanks, `|`, `·`, `,` or `/`, one at least marked (not ``marked``: or none); None for any other
    line."""
    choices = []
    at = _BETWEEN_CHOICES.match(text, at).end()  # type: ignore[union-attr]
    while at < len(text):
        found = _CHOICE.match(text, at)
        if found is None:
            return None
        words, remark = _with_its_day(found.group(2) or found.group())
        if lifecycle_word(words.strip()) is None:
            return None
        choices.append(Choice(found.start(), found.end(), found.group(1) or "", words.strip(), remark))
        at = _BETWEEN_CHOICES.match(text, found.end()).end()  # type: ignore[union-attr]
    return choices if len(choices) > 1 and (any(choice.mark for choice in choices) or not marked) else None


_DAY_REMARKED = deferred(r"(.*?)([ \t]*[(（][^()（）\n]*[)）])")


def _with_its_day(marked: str) -> tuple[str, str]:
    """The words of a choice and the remark giving their day after them (`Accepted (2026-01-05)`): the words
    alone where no such remark closes them."""
    found = _DAY_REMARKED.fullmatch(marked.rstrip())
    if found is None or date_alone(found.group(2).strip(" \t(（)）")) is None:
        return marked, ""
    return found.group(1), found.group(2)


def chosen_on_a_line(text: str) -> str | None:
    """The status chosen on a line of the statuses offered apart by `·`, `,` or `/` (`Proposed · **Accepted** ·
    Rejected`): the one in bold; None where the line is no such, or marks none or two in bold."""
    choices = choices_on_a_line(text, 0) if "·" in text or "," in text or "/" in text else None
    bold = [choice.words for choice in choices or () if choice.mark in ("**", "__")]
    return bold[0] if len(bold) == 1 else None


def _read_status(text: str) -> StatusReading:
    if text[:1] in ("(", "（") and text[-1:] in (")", "）") and (word := _undecorated(text[1:-1])) \
            and _is_lifecycle_word(word.lower()):  # `(DRAFT)`: a status its author put in parentheses
        return read_status(word)
    if " later " in text and (later := _LATER.match(text)) is not None and _is_lifecycle_word(later.group(1).lower()):
        reading = _read_status(text[later.end():].strip())  # `ACCEPTED, later DEPRECATED`: what it became
        if reading.status in KNOWN_STATUSES or reading.status in MULTI_WORD_STATUSES:
            return reading
    if " | " in text and (field := _ANOTHER_FIELD.search(text)) is not None and field.start():
        return _read_status(text[:field.start()])  # `developed | Technical Story: [#297](..)`: another field after it
    marked = _PLACEHOLDER.search(text) is not None
    if ("**" in text or "__" in text) and (chosen := chosen_on_a_line(text)) is not None:
        return _read_status(chosen)  # `Proposed, **Accepted**, Rejected`: the one in bold
    if marked and "}`" in text and (shown := unroled(text)) != text:
        return _read_status(shown)  # `Superseded by: {term}`ADR-0006``: a MyST role names the record, no placeholder
    if " & " in text and (steps := text.split(" & ")) and all(
            (word := _undecorated(step)) and _is_lifecycle_word(word.lower()) for step in steps):
        return _read_status(_the_state_among(steps))  # `Drafted & Accepted`: the steps it went through
    if ("→" in text or "->" in text or "⇒" in text or "=>" in text) and (became := _transition(text)) is not None:
        return became  # `Proposed → Accepted`, `**Deprecated** → **Superseded by ADR 018**`: what it became
    if marked and "|" in text and text[:1].isalpha() and (kept := _WORD_THEN_CHOICES.fullmatch(text)) is not None:
        return _read_status(kept.group(1))  # `WIP [accepted | superseeded by .. | …]`: the template's choices after it
    if marked and _a_placeholder(text):
        if text[:1] == "[" and (word := text[1:-1].strip().lower()) and _is_lifecycle_word(word):
            return StatusReading(_SPELLINGS.get(word, word))  # `[Approved]`: a status its author bracketed
        inside = _braced_status(text) or (_chosen(text) if "*" in text or "_" in text or "~" in text else None)
        return StatusReading(inside) if inside is not None else StatusReading(None, sure=False, template=True)
    if ("," in text or ";" in text) and (latest := latest_in_line(text)) is not None:
        return _read_status(latest)  # `Submitted, 2017-01-26; Approved 2017-02-22`: what it became
    if text[:1].isdigit() and (joined := joined_history(text)) is not None:
        return _read_status(joined[1])  # `2025-07-09 proposed 2025-07-09 accepted`: what it became
    if text[-1:] in _HISTORY_ENDS and text[:1].isalpha() and (history := word_first_history(text)) is not None:
        return _read_status(history[1])  # `Proposed 2018-12-09 Accepted 2018-12-10`: what it became
    if " by " in text and text[:1].isalpha() and (day_by := _DAY_BEFORE_BY.match(text)) is not None:
        return _read_status(f"{day_by.group(1)} {day_by.group(2)}")  # `SUPERSEDED - 2025-10-31 by ADR-019`
    if " on " in text and (dated := _dated_entries(text)) is not None:
        return _read_status(dated)  # `Invalidated on 2021-08-04 by [DR 021](..)`: `Invalidated by [DR 021](..)`
    if ". " in text and (sentences := _RELATION_SENTENCE_AFTER.sub(";", text)) != text:
        text = sentences  # `Accepted. Supersedes ADR-003.`: the relation a sentence of its own, as after `;`
    parts = [part for part in text.split(";") if part.strip()]
    if parts and ("," in parts[0] or " -" in parts[0] or " –" in parts[0] or " —" in parts[0]) \
            and (comma := _RELATION_AFTER_A_COMMA.search(parts[0])):
        parts[:1] = [parts[0][:comma.start()], parts[0][comma.end():]]  # `Deprecated, replaced by [ADR 12](..)`,
        # `**Historisch** – ersetzt durch [ADR 004 – Inline ...](..)`
    head = _undecorated(parts[0]) if parts else ""
    successors: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    for part in parts[1:]:
        undecorated = _undecorated(part)
        by = _SUPERSEDED_BY.match(undecorated) or _REPLACED_BY.match(undecorated)
        if by:
            successors += (by.group(1).strip(),)
            continue
        older = _SUPERSEDES.match(undecorated)
        if older and not _PART_OF.match(older.group(1)):  # `supersedes the v1 portion of [4](..)`: amends 4
            replaced += (older.group(1).strip(),)
    if successors and parts and "~" in parts[0] and struck_through(parts[0].strip(" \t*_")):
        return StatusReading("superseded", successors, replaced)  # `~~Accepted~~ — Superseded by ADR-0035`
    successor_after = bool(successors)  # a successor named after the status word, in a clause or a sentence of its own
    by = _SUPERSEDED_BY.match(head)
    if by:
        if "(" in head and superseded_in_part(head) is not None:
            return StatusReading("superseded", successors, replaced)  # `Superseded (in part) by ADR-9`: amended
        return StatusReading("superseded", (by.group(1).strip(), *successors), replaced)
    if head[:1] in "Оо" and (withdrawn := _withdrawn_for(head)) is not None:
        return StatusReading("superseded", (withdrawn, *successors), replaced)
    if ("置" in head or "대체" in head) and (after := _REPLACED_BY_AFTER.match(head)) is not None:
        return StatusReading("superseded", (after.group(1), *successors), replaced)  # `[ADR-0020](..) に置き換え
        # られた`, `ADR-0020으로 대체됨`: the record named first, then the verb, as Japanese and Korean write it
    if ("被" in head or "由" in head) and (cjk := _replaced_by_cjk(head)) is not None:
        opening, successor = cjk
        successors = (successor, *successors)
        if not head[:opening].strip():  # `已被 [ADR-0003](..) 取代`: the status itself
            return StatusReading("superseded", successors, replaced)
    older = _SUPERSEDES.match(head)
    if older:  # `Supersedes ADR-3` alone says what it replaced, not what it is
        partly = _PART_OF.match(older.group(1)) is not None  # `Supersedes parts of ADR-3`: amends it
        return StatusReading(None, successors, replaced if partly else (older.group(1).strip(), *replaced),
                             sure=False)
    status, sure = _status_words(head)
    if status is None and (by := _WORD_BY_A_RECORD.match(text)) is not None:  # `Invalidated by [0018-x.md](..)`
        status, sure = by.group(1).lower(), True
    if status is None and (" been " in head or " is " in head or " was " in head):
        said = _DECISION_SENTENCE.fullmatch(head)
        if said is not None and _is_lifecycle_word(said.group(1).lower()):  # `This decision has been accepted.`
            status, sure = lifecycle_word(said.group(1)), True
    if status is None and ("portion" in head or "part" in head) and _PORTION_SUPERSEDED.fullmatch(head):
        status, sure = "partially superseded", True  # the log's own words for it (`Partially superseded by`)
    if status == "superseded" and not successors and ("（" in head or "(" in head) \
            and (bracketed := _SUCCESSOR_IN_BRACKETS.search(head)) is not None:
        successors = (bracketed.group(1),)  # `置き換え（[ADR-0013](./0013-x.md) により ...）`: what replaced it
    if status == "superseded" and not successors and "(" in head and (seen := _SEE_IN_PARENTHESES.match(head)) \
            and (named_there := _NAMED_RECORD.findall(seen.group(1))):
        successors = (", ".join(named_there),)  # `Substituido (ver ADR-0004)`, `Superseded (see ADR-5 and ADR-7)`
    if status is not None and "(" in head and (named := _IN_PARENTHESES.match(head)) is not None:
        if named.group("older"):
            replaced = (named.group("references"), *replaced)
        elif status == "superseded" or named.group("newer").lower() != "by":  # `Deprecated (Replaced by ADR #12)`
            successors = (named.group("references"), *successors)
    if successor_after and status in _HOLDING:
        status = "superseded"  # `Accepted. Superseded by [42](..)`: the later word, as in a Status section's paragraphs
    return StatusReading(status, successors, replaced, sure)


def superseded_in_part(text: str) -> str | None:
    """What a status superseded in part names after its `by`, as written (`Superseded (in part) by [ADR-9](..)` ->
    `[ADR-9](..)`), the records that amend it; None when ``text`` says no supersession in part."""
    lowered = text.lower()
    if "part" not in lowered and "parc" not in lowered and "teilw" not in lowered:
        return None  # no word of `_IN_PART`'s: most statuses, looked at without the pattern (or its compiling)
    said = _SUPERSEDED_IN_PART.match(text.strip())
    return said.group(1).strip() if said is not None else None


# The arrow between the steps of a status's transition; spaced, or after a word (`Proposed→Accepted`).
_TRANSITION_ARROW = deferred(r"→|->|⇒|=>")  # the arrow alone: blanks around it in the pattern would be quadratic


def _transition(text: str) -> StatusReading | None:
    """The status a transition written with arrows ends in (`Proposed → Accepted`, `Accepted -> Superseded by
    [ADR-4](..)`), when each step opens with a lifecycle word; None otherwise (`Superseded → [ADR-2](..)` names the
    successor; `Accepted -> see below` is no transition)."""
    steps = [step.strip() for step in _TRANSITION_ARROW.split(text)]
    if len(steps) < 2 or not all(_opens_with_a_lifecycle_word(step) for step in steps):
        return None
    became = _read_status(steps[-1].strip())
    return became if became.status is not None else None


def _opens_with_a_lifecycle_word(step: str) -> bool:
    word = _FIRST_WORD.search(_undecorated(step))
    return word is not None and word.start() == 0 and _is_lifecycle_word(word.group(0).lower())


# A status, the day it was given, then who gave it (`SUPERSEDED - 2025-10-31 by ADR-019 (..)`, `Superseded
# (2025-10-31) by [ADR-036](..)`: tosin2013's logs): the day says when, not what.
_DAY_BEFORE_BY = deferred(r"[*_]*([^\W\d_]+)[*_]*\s*(?:[-–—:,]\s*)?\(?\d{4}-\d{1,2}-\d{1,2}\)?\s+(by\s.+)", re.DOTALL)
# A status with the day it was given (`Accepted on 2021-08-04.`, `Invalidated on 2021-08-04 by [DR 021](..)`), as
# kyma-project's decision records write it; a history of them (`Proposed on 2021-07-12, Accepted on 2021-08-04`).
_ON_A_DAY = re.compile(r"[*_]*([^\W\d_]+)[*_]*\s+on\s+")
# Split on the mark alone, each entry stripped after: blanks on both sides in the pattern would try a run of blanks
# at each of its places (quadratic on a long run with no mark after it).
_ENTRIES_APART = deferred(r"[,;]")


def _dated_entries(text: str) -> str | None:
    """The status a status written with its day says without that day (the latest entry's, if several); None
    when ``text`` is not written so (`Accepted on the condition that ...`, `We decided on 2021-08-04 to ...`)."""
    latest: tuple[date, str] | None = None
    for entry_text in _ENTRIES_APART.split(text.strip().rstrip(".")):
        part = entry_text.strip()
        entry = _ON_A_DAY.match(part)
        day = _DATE.match(hyphenated(part), entry.end()) if entry is not None else None
        reading = read_date(day.group(0)).day if day is not None else None
        if entry is None or day is None or reading is None:
            return None
        rest = part[day.end():].strip()
        if rest and not rest.lower().startswith("by "):
            return None
        if latest is None or reading >= latest[0]:
            latest = reading, f"{entry.group(1)} {rest}".strip()
    return latest[1] if latest is not None else None


def latest_in_line(text: str) -> str | None:
    """The latest entry of a status history written on one line, each entry a status with its day, apart by `;`
    or `,` (`Submitted, 2017-01-26; Approved 2017-02-22`, `Accepted (2020-02-01), Deprecated (2021-05-01)`), as
    a history on lines of their own is read; None for anything else (`Accepted, see ADR 3`, one dated status)."""
    if _DIGIT.search(text) is None:
        return None
    for separator in (";", ","):
        if separator not in text:
            continue
        entries: list[StatusEntry] = []
        for part in text.split(separator):
            entry = status_entry(part.strip().rstrip("."))
            if entry is None or entry.day is None:
                break
            entries.append(entry)
        else:
            if len(entries) >= 2:
                return max(enumerate(entries), key=lambda found: (found[1].day, found[0]))[1].text
    return None


def joined_history(text: str) -> tuple[date, str] | None:
    """The latest entry of a status history whose entries each open with their day, joined on one line
    (phodal/adr writes `2025-07-09 proposed` a line, and prettier's prose wrap joins them: `2025-07-09 proposed
    2025-07-09 accepted`; the last may carry a remark, `2026-05-23 accepted — Phases 1–3 implemented`): its day
    and its words, the latest by day, the last written of a day. One entry is read alike (`2020-02-03 Accepted`,
    the latest line of such a history on lines, or a status given its day before it). None for any other line
    (`2025-07-09 proposed by Ann, 2025-07-10 ...`)."""
    days = list(_DATE.finditer(hyphenated(text)))
    if not days or days[0].start() != 0:
        return None
    latest: tuple[date, str] | None = None
    for position, found in enumerate(days):
        last = position + 1 == len(days)
        words = text[found.end():len(text) if last else days[position + 1].start()].strip()
        day = read_date(found.group(0)).day
        if day is None or not words:
            return None
        reading = read_status(words).status if last else lifecycle_word(words.strip(_ENTRY_TRIM))
        if reading not in KNOWN_STATUSES and reading not in MULTI_WORD_STATUSES:
            return None
        if latest is None or day >= latest[0]:
            latest = day, words
    return latest


def word_first_history(text: str) -> tuple[date, str] | None:
    """The latest entry of a status history whose entries each give their day after their word, joined on one
    line without marks between them (`Proposed 2018-12-09 Accepted 2018-12-10`, `Proposed (2018-12-09)
    Accepted (2018-12-10)`, as a prose wrap joins a history written a line an entry): its day and its word, the
    latest by day, the last written of a day. None for one entry (read as a status with its day) and for any
    other line (`Accepted 2020-01-02 after the review of 2020-01-01`)."""
    if "·" in text or len(_DAY_LIKE.findall(text)) < 2:  # `Decided · 2026-08-19 · Implemented 2026-08-20`: a
        return None  # state, its day, how far the work went
    days = list(_DATE.finditer(hyphenated(text)))
    if len(days) < 2 or text[days[-1].end():].strip(_ENTRY_TRIM):
        return None
    latest: tuple[date, str] | None = None
    start = 0
    for found in days:
        words = text[start:found.start()].strip(_ENTRY_TRIM)
        start = found.end()
        day = read_date(found.group(0)).day
        if day is None or not words or len(words.split()) > _ENTRY_WORDS:
            return None
        if read_status(words).status not in KNOWN_STATUSES and words.lower() not in MULTI_WORD_STATUSES:
            return None
        if latest is None or day >= latest[0]:
            latest = day, words
    return latest


def names_a_supersession(text: str) -> bool:
    """Whether ``text`` opens with a supersede relation (`Supersedes X (ADR#0000)`, `Superseded by ADR-0007`)."""
    return _SUPERSEDES.match(text) is not None or _SUPERSEDED_BY.match(text) is not None


# A reference to a record opening a relation's value: a link, `ADR-9`, `ADR #0009`, `#0003` (zero-padded: `#1234` is
# an issue), a number alone (`Supersedes 2 legacy cron scripts` counts scripts).
_REFERENCE_OPENING = deferred(r"\[|(?:adr|rfc)[-_ ]?#?\s?\d|#0|\d+[-_][\w.-]*?\.md\b"
                              r"|(?!(?:19|20)\d\d(?!\d))\d+(?!\d|[-/.]\d)\s*(?:$|[,;.)]|\((?!\s*part)|and\s)",
                              re.IGNORECASE)


def supersession_named(text: str) -> tuple[str, str] | None:
    """(key, value) of a text that is a supersede relation without a colon, naming the record first (`Supersedes
    #0003`, `Superseded by [ADR-0022](..) — later text`, `Superceded by ADR #0009`), emphasis left out; None for
    any other (`Supersedes the nightly job`)."""
    plain = text.replace("**", "").replace("__", "").strip()
    for key, pattern in (("superseded-by", _SUPERSEDED_BY), ("supersedes", _SUPERSEDES)):
        match = pattern.match(plain)
        if match is not None:
            value = match.group(1)
            return (key, value.strip()) if _REFERENCE_OPENING.match(value) is not None else None
    return None


def _withdrawn_for(text: str) -> str | None:
    """The record a word for withdrawn names by its number alone after it (`Отменено (0005)`), or None."""
    lowered = text.lower()
    for word in _WITHDRAWN_FOR:
        if lowered.startswith(word):
            number = _NUMBER_ALONE.fullmatch(text, len(word))
            return number.group(1) if number is not None else None
    return None


def _replaced_by_cjk(text: str) -> tuple[int, str] | None:
    """Where `被 X 取代` (superseded by X) opens in ``text`` (at `已` in `已被`), and X; found with `find`, in time
    linear in the text, whatever it holds. `由 X 取代` (`已废弃，由 [ADR 0008](..) 取代`) too, where X holds a
    reference (`由于 2 个原因`, because of two reasons, is prose)."""
    by = text.find("被")
    if by < 0:
        by = text.find("由")
        verbs = [found for verb in _REPLACED_BY_CJK if (found := text.find(verb, by + 1)) > by + 1]
        if not verbs or _CJK_REFERENCE.match(text, by + 1, min(verbs)) is None:
            return None
    verbs = [found for verb in _REPLACED_BY_CJK if (found := text.find(verb, by + 1)) > by + 1]
    if not verbs:
        return None
    successor = text[by + 1:min(verbs)].strip()
    successor = successor.removesuffix("所").strip()
    if not successor:
        return None
    return (by - 1 if by > 0 and text[by - 1] == "已" else by), successor


# A MyST or Sphinx role naming a record, as soviar-systems/ai_engineering_handbook links its records:
# ``{term}`ADR-26018` `` (a glossary term), ``{doc}`adr_26018_x` `` (the record's document, by its file's stem;
# ``{doc}`Title <adr_26018_x>` `` too). As written (the role's text in backticks), or as Markdown shows it
# (`{term}ADR-26018`, no backticks).
_ROLE = re.compile(r"\{(term|doc|ref|any|numref)\}(?:`([^`\n]*)`|([^\s`,;]+))")
_DOCUMENT_NUMBER = deferred(r"(?:adr[-_]?)?0*(\d+)(?:[-_.]|$)", re.IGNORECASE)


def unroled(text: str) -> str:
    """``text`` with each role that names a record written as the reference it is (``{term}`ADR-26018` `` ->
    `ADR-26018`, ``{doc}`adr_26018_x` `` -> `ADR-26018`); a role that names no record keeps its text alone."""
    return _ROLE.sub(_role_shown, text)


def _role_shown(role: re.Match[str]) -> str:
    content = role.group(2) if role.group(2) is not None else role.group(3)
    if content[-1:] == ">" and "<" in content:  # `Title <target>`: the target is what it names
        content = content[content.rfind("<") + 1:-1]
    if role.group(1) != "term":  # a document or a label: the number its file's name opens with
        named = _DOCUMENT_NUMBER.match(content.rstrip(".").rsplit("/", 1)[-1])
        if named is not None:
            return f"ADR-{int(named.group(1))}"
    return content


def struck_through(text: str) -> bool:
    """Whether ``text`` is all struck through (`~~Accepted~~`, `~Accepted~`): a status the record no longer has."""
    return text[:1] == "~" and text[-1:] == "~" and _STRUCK.fullmatch(text) is not None


def a_line_of_choices(text: str) -> bool:
    """Whether ``text`` is the template's line of status choices with one of them chosen (`[~~Proposed~~ |
    **Accepted** | ~~Deprecated~~ | ~~Superseded by [ADR-XXX]~~]`, `<s>Proposed</s> | **Accepted** |
    <s>Deprecated</s>`): a status without a key or heading above it (ecmwf/codex's MARS records)."""
    choices = text.strip().strip("[]").split("|")
    if len(choices) < 3:
        return False
    for choice in choices:
        words = _CHOICE_MARKUP.sub("", choice).split(None, 1)
        if not words or not _is_lifecycle_word(words[0].lower()):
            return False
    return _chosen(text) is not None


class Option(NamedTuple):
    """An item of a Status section's list of the statuses offered (`- 제안됨 (Proposed)`, `- **승인됨 (Accepted)**`,
    `- [x] Accepted`, `- ~~Proposed~~`): its line's index, where its text is in the line (its marks with it), how it
    is marked (`**`, `__`, `[x]`, `[ ]`, `~~`, `~`, or not), and its words."""

    at: int
    start: int
    end: int
    mark: str
    words: str


_OPTION_ITEM = deferred(r"[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(\S.*)")
_OPTION_BOX = deferred(r"\[([ xX])\][ \t]+")
_LINE_BREAKS = ("\\", "<br>", "<br/>", "<br />")
_EMPHASES = ("**", "__", "~~")
STRIKES = frozenset({"~~", "~"})
TICKS = frozenset({"[x]", "[ ]"})


def offered_options(lines: list[str], index: int, start: int, end: int) -> list[Option] | None:
    """The items of the list holding line ``index`` (between line indexes ``start`` and ``end``, a Status
    section's), where each offers a status and there are two or more: hanaloop's template's `- 제안됨 (Proposed)`,
    `- 승인됨 (Accepted)`, .. with the one chosen in bold, ticked, or the others struck through; None for any other
    lines (an item that is no status, a line that is no item)."""
    if _OPTION_ITEM.match(lines[index]) is None:
        return None
    first = last = index
    for step, bound in ((-1, start - 1), (1, end)):
        for at in range(index + step, bound, step):
            if not lines[at].strip():
                continue
            if _OPTION_ITEM.match(lines[at]) is None:
                break
            first, last = min(first, at), max(last, at)
    options = [_option(lines[at], at) for at in range(first, last + 1) if lines[at].strip()]
    if len(options) < 2 or any(option is None for option in options):
        return None
    return [option for option in options if option is not None]


def _option(line: str, index: int) -> Option | None:
    """The item of line ``index`` where it offers a status (``offered_options``), else None."""
    item = _OPTION_ITEM.match(line)
    if item is None:
        return None
    text = item.group(1).rstrip()
    for ending in _LINE_BREAKS:
        text = text.removesuffix(ending).rstrip()
    mark, words, length = _option_marked(text)
    if not words or "](" in words or lifecycle_word(read_status(words).status or "") is None:
        return None  # (`- Amended by [ADR-3](..)` after the status: a relation, no status offered)
    return Option(index, item.start(1), item.start(1) + length, mark, words)


def _option_marked(text: str) -> tuple[str, str, int]:
    """How an option's ``text`` is marked, its words, and the length of its marked words: an item in bold is marked
    whatever follows it on its line (`- **Accepted** by the board`, `- **Accepted** <!-- c -->`)."""
    box = _OPTION_BOX.match(text)
    if box is not None:
        return ("[ ]" if box.group(1) == " " else "[x]"), text[box.end():].strip(), len(text)
    for mark in _EMPHASES:
        closing = text.find(mark, len(mark)) if text.startswith(mark) else -1
        if closing > len(mark) and (mark != "~~" or closing == len(text) - len(mark)):
            return mark, text[len(mark):closing].strip(), closing + len(mark)
    if struck_through(text):
        return "~", text[1:-1].strip(), len(text)
    return "", text, len(text)


def marked_twice(options: list[Option]) -> bool:
    """Whether two of the options are in bold, or ticked among items with no box: two look chosen, none is."""
    bold = [option for option in options if option.mark in _EMPHASES[:2]]
    ticked = [option for option in options if option.mark == "[x]"]
    return len(bold) > 1 or (bool(bold) and bool(ticked)) or \
        (len(ticked) > 1 and not all(option.mark in TICKS for option in options))


def chosen_option(options: list[Option]) -> Option | None:
    """The option marked as the one chosen: the last ticked (the steps of a task list, in turn), else the one in
    bold, else the one left standing where the others are struck through; None where none is marked so."""
    ticked = [option for option in options if option.mark == "[x]"]
    if ticked:
        return ticked[-1]
    bold = [option for option in options if option.mark in _EMPHASES[:2]]
    if len(bold) == 1:
        return bold[0]
    standing = [option for option in options if option.mark not in STRIKES]
    return standing[0] if len(standing) == 1 else None


# What marks a choice struck out or chosen: HTML's and GitHub's strike-through, emphasis.
_CHOICE_MARKUP = deferred(r"</?(?:s|del|strike)>|~|\*|_")


def _is_lifecycle_word(word: str) -> bool:
    return word in KNOWN_STATUSES or word in MULTI_WORD_STATUSES or word in _SPELLINGS or word in _PHRASES


def lifecycle_word(text: str) -> str | None:
    """The lifecycle word ``text`` is on its own (`Accepted`, `Accepté`, `已采纳` are `accepted`), or None."""
    word = text.lower() if text.isascii() else unicodedata.normalize("NFC", text.lower())
    return _PHRASES.get(word) or _SPELLINGS.get(word, word) if _is_lifecycle_word(word) else None


# A code span in a status's sentence (`(src/app/api/{instagram,messenger})`): its braces are the code's.
_CODE_SPAN = re.compile(r"`[^`]*`")
_DASH_APART = deferred(r"\s[-–—]\s")


def _a_placeholder(text: str) -> bool:
    """Whether ``text``, holding `|`, `{` or `}` or bracketed, may be the template's placeholder (the choices,
    `{status}`, `[status]`): not when its marks are all in code spans (`✅ **ACTIVE** — (`src/{a,b}`)`), nor a
    status followed by `|` and what is no other status (`**IMPLEMENTED** | 2026-02-05`: a day, not a choice), nor a
    table (`| Field | Value |` over its rule: facts of the record, none of them its status)."""
    if text[:1] == "|" and _TABLE_RULE_IN.search(text) is not None:
        return False
    if "`" in text:
        outside = _CODE_SPAN.sub("", text)
        if _PLACEHOLDER.search(outside) is None:
            return not _undecorated(outside)  # `` `{status}` `` alone is still the placeholder
        text = outside
    if (dash := _DASH_APART.search(text)) is not None and _PLACEHOLDER.search(text, 0, dash.start()) is None \
            and _status_words(_undecorated(text[:dash.start()]))[0] in KNOWN_STATUSES \
            and ("|" not in text or _status_words(_undecorated(text[dash.end():].split("|", 1)[0]))[0]
                 not in KNOWN_STATUSES):
        return False  # `✅ **ACTIVE — 2026-07-08** — under src/{a,b}` (the code span's marks gone): a status
    if "|" not in text or text[:1] in "{[" or "{" in text or "}" in text:
        return True
    if all(part.rstrip(" *_")[-1:] == ")" and "(" in part and part[:part.index("(")].isupper()
           for part in text.split("|")):
        return False  # `ACCEPTED (Infrastructure Validation) | SUPERSEDED (Notebook Validation by ADR-029)`: each
        # part of the decision's state, in capitals as agents write it, with what it is of; a template's menu with a
        # remark after each choice (`Proposed (default) | Accepted (once approved)`) stays the menu
    head, rest = text.split("|", 1)
    status, sure = _status_words(_undecorated(head))
    if not sure or (status not in KNOWN_STATUSES and status not in MULTI_WORD_STATUSES):
        return True
    then = _undecorated(rest.split("|", 1)[0])
    return not then or "…" in rest or _status_words(then)[0] in KNOWN_STATUSES \
        or lifecycle_word(then.split(None, 1)[0].strip(".,;:*_")) is not None


def _braced_status(text: str) -> str | None:
    """The status word the template's braces were left around (`{ deprecated }`, filled in from MADR 3's
    `{proposed | rejected | accepted | ...}`; a word of the log's own, `{ in-progress }`, too); None for the
    template's own text (`{status}`, the choices, a sentence)."""
    if text[:1] != "{" or text[-1:] != "}" or "|" in text or "…" in text:
        return None
    inside = text[1:-1].strip()
    if not inside or "{" in inside or "}" in inside:
        return None
    status, sure = _status_words(_undecorated(inside))
    if not sure or status is None:
        return None
    if status in KNOWN_STATUSES or status in MULTI_WORD_STATUSES:
        return status
    return status if " " not in status and status not in _NOT_A_STATUS else None


_NOT_A_STATUS = frozenset({"status", "state", "tbd", "todo", "placeholder"})  # the words of a placeholder


def _chosen(text: str) -> str | None:
    """The status chosen among the template's choices by emphasising one (`[ **proposed** | rejected | accepted ]`,
    flux-iac/tofu-controller; `Proposed | **Accepted** | Rejected | Superseded | Deprecated`) or by striking out
    every other (`~~Proposed~~ | **Accepted** | ~~Depreciated~~ | ~~Superceded~~`, `~~Proposed~~ | Accepted |
    ~~Deprecated~~`): that lifecycle word; None when none is chosen so (the choices left as they were), or more
    than one."""
    choices = [choice.strip() for choice in text.strip("[]{} \t").split("|")]
    emphasised = [word for choice in choices if (word := _emphasised(choice)) is not None]
    if not emphasised and "~" in text:
        emphasised = [_emphasised(choice) or choice for choice in choices if not struck_through(choice)]
    if len(emphasised) != 1:
        return None
    return lifecycle_word(emphasised[0].strip("*_ \t"))


# A choice emphasised, in bold or in italics (`**Accepted**`, `_accepted_`).
_EMPHASIS = deferred(r"\*\*[^*|]+\*\*|__[^_|]+__|\*[^*|]+\*|_[^_|]+_")


def _emphasised(choice: str) -> str | None:
    """The choice emphasised (`**Accepted**`), also with a remark after it, set off by a dash, a comma, a colon or
    a bracket (`**Withdrawn** — moved to [MARS-001](..)`, ecmwf/codex); None for a choice not emphasised."""
    match = _EMPHASIS.match(choice)
    if match is None:
        return None
    rest = choice[match.end():].lstrip()
    return match.group() if not rest or rest[0] in "—–-,;:(" else None


def _undecorated(text: str) -> str:
    """``text`` without emoji (`✅`, or GitHub's `:white_check_mark:`) and other symbols around it, markup, or
    link targets (labels kept; a link to a URL is the record file it points at, if any, else it goes whole: a
    discussion numbered 1198 is no record)."""
    if text[:1] == ":" or text.lstrip()[:1] == ":":
        text = _SHORTCODES.sub("", text)
    if "](" in text:
        text = _LINK.sub(_link_text, text)
    if "*" in text or "_" in text or "`" in text or "~" in text:
        text = _MARKUP.sub("", text)
    start = 0
    while start < len(text) and not text[start].isalnum():
        start += 1
    return text[start:].strip()


def _link_text(link: re.Match[str]) -> str:
    """A link in a status as the record file it points at (`[Use UI Kit 2](0004-use-ui-kit-2.md)` names record 4,
    not 2), else its label; a link to a URL that is no record file goes whole."""
    href = link.group(2)
    if not _SCHEME.match(href):
        file = href.split("#", 1)[0].split("?", 1)[0].rsplit("/", 1)[-1]
        return file if file[:1].isdigit() and is_record_name(file) else link.group(1)
    return record_file_of_url(href) or ""


# What a status may name before its word: the record itself (`Decision accepted`, `ADR accepted`, `Proposal
# rejected`).
_SUBJECTS = frozenset({"decision", "adr", "proposal", "rfc", "record"})


def _status_words(text: str) -> tuple[str | None, bool]:
    """The lifecycle word(s) at the start of ``text``, and whether they are certain."""
    words = _QUALIFIER.split(text if text.isascii() else unicodedata.normalize("NFC", text), maxsplit=1)[0] \
        .lower().split()
    if not words:
        return None, not text
    if len(words) > 1 and words[0] in _SUBJECTS and (following := _SPELLINGS.get(words[1], words[1])) \
            in KNOWN_STATUSES:
        return following, True  # `Decision proposed; accepting feedback` (mozilla/experimenter), `ADR accepted`
    first = _SPELLINGS.get(words[0], words[0])
    for length in (3, 2):
        phrase = " ".join(words[:length])
        if len(words) >= length and phrase in MULTI_WORD_STATUSES:
            return phrase, True
        if len(words) >= length and phrase in _PHRASES:
            return _PHRASES[phrase], True
    if first in KNOWN_STATUSES:
        return first, True
    if not first.isascii() and ("(" in text or "（" in text) and (translated := _TRANSLATED.match(text)) is not None \
            and (english := translated.group(1).lower()) in KNOWN_STATUSES | MULTI_WORD_STATUSES:
        return english, True  # `구현됨 (Implemented)`, `Uygulandı (Implemented)`: the English word the log gave
    if len(words) <= _CUSTOM_WORDS and all(word.replace("-", "").isalpha() for word in words):
        return " ".join([first, *words[1:]]), True
    return None, False


# -- dates ---------------------------------------------------------------------------------------------------

# Month names: English (with its abbreviations), German, Dutch, French, Spanish, Portuguese and Italian.
_MONTHS = {name: number for number, names in enumerate(
    (("jan", "january", "januar", "januari", "janvier", "enero", "janeiro", "gennaio"),
     ("feb", "february", "februar", "februari", "février", "fevrier", "febrero", "fevereiro", "febbraio"),
     ("mar", "march", "märz", "maerz", "maart", "mars", "marzo", "março", "marco"),
     ("apr", "april", "avril", "abril", "aprile"),
     ("may", "mai", "mei", "mayo", "maio", "maggio"),
     ("jun", "june", "juni", "juin", "junio", "junho", "giugno"),
     ("jul", "july", "juli", "juillet", "julio", "julho", "luglio"),
     ("aug", "august", "augustus", "août", "aout", "agosto"),
     ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "setembro", "settembre"),
     ("oct", "october", "oktober", "octobre", "octubre", "outubro", "ottobre"),
     ("nov", "november", "novembre", "noviembre", "novembro"),
     ("dec", "december", "dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre")),
    start=1) for name in names}
# Russian, as a day's month is written (`23 июня 2026 г.`)
_MONTHS.update((name, number) for number, name in enumerate(
    ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
     "декабря"), start=1))
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))  # those a month-first day is written with too
# Polish, Czech and Ukrainian as a day's month is written (`5. listopadu 2021`, `5 листопада 2021`), Turkish (`14
# Temmuz 2026`), Hungarian (`2021. november 5.`), Romanian, Indonesian, Swedish, Norwegian, Danish, Finnish
# (`5. marraskuuta 2021`), Greek (`5 Νοεμβρίου 2021`), Hebrew (`5 בנובמבר 2021`) and Arabic; each typed without its
# diacritics too (`Kasim`, `brezna`), and Greek capitals without their accents (`ΜΑΪΟΥ`).
_MORE_MONTHS = (
    ("stycznia", "ledna", "січня", "ocak", "ianuarie", "tammikuuta", "ιανουαρίου", "בינואר", "يناير"),
    ("lutego", "února", "лютого", "şubat", "februarie", "helmikuuta", "φεβρουαρίου", "בפברואר", "فبراير"),
    ("marca", "března", "березня", "mart", "martie", "maret", "marts", "maaliskuuta", "μαρτίου", "במרץ",
     "مارس"),
    ("kwietnia", "dubna", "квітня", "nisan", "aprilie", "huhtikuuta", "απριλίου", "באפריל", "أبريل"),
    ("maja", "května", "травня", "mayıs", "maj", "toukokuuta", "μαΐου", "במאי", "مايو"),
    ("czerwca", "června", "червня", "haziran", "iunie", "kesäkuuta", "ιουνίου", "ביוני", "يونيو"),
    ("lipca", "července", "липня", "temmuz", "iulie", "heinäkuuta", "ιουλίου", "ביולי", "يوليو"),
    ("sierpnia", "srpna", "серпня", "ağustos", "agustus", "augusti", "elokuuta", "αυγούστου",
     "באוגוסט", "أغسطس"),
    ("września", "září", "вересня", "eylül", "septembrie", "syyskuuta", "σεπτεμβρίου", "בספטמבר",
     "سبتمبر"),
    ("października", "října", "жовтня", "ekim", "octombrie", "lokakuuta", "οκτωβρίου", "באוקטובר",
     "أكتوبر"),
    ("listopada", "listopadu", "листопада", "kasım", "noiembrie", "marraskuuta", "νοεμβρίου", "בנובמבר", "نوفمبر"),
    ("grudnia", "prosince", "грудня", "aralık", "decembrie", "desember", "joulukuuta", "δεκεμβρίου", "בדצמבר",
     "ديسمبر"))
_HUNGARIAN_MONTHS = ("január", "február", "március", "április", "május", "június", "július", "augusztus",
                     "szeptember", "október", "november", "december")


def _spellings(name: str) -> set[str]:
    """``name`` and the ways it is typed without its marks: a Latin name without its diacritics (`kasim`,
    `brezna`), any other without its accents, with its diaeresis (`μαϊου`, as capitals `ΜΑΪΟΥ` write it) or without."""
    decomposed = unicodedata.normalize("NFD", name.replace("ı", "i"))
    unaccented = unicodedata.normalize("NFC", decomposed.replace("\u0301", ""))
    bare = "".join(character for character in decomposed if not unicodedata.combining(character))
    return {name, unaccented, bare} if not bare.isascii() else {name, bare}


def _alternation(words: Iterable[str]) -> str:
    """``words`` as one alternation whose words share their openings (`ma(?:rca|rtie|...)`): far quicker to
    match than the words side by side, which a search tries one by one at each place."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def written(node: dict[str, Any]) -> str:
        branches = [re.escape(character) + written(rest) for character, rest in sorted(node.items()) if character]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return written(tree)


_MONTHS.update((spelling, number) for number, (names, hungarian) in enumerate(zip(_MORE_MONTHS, _HUNGARIAN_MONTHS),
                                                                          start=1)
               for name in (*names, hungarian) for spelling in _spellings(name) if spelling not in _MONTHS)
# Thai, in full and abbreviated (`15 กันยายน 2026`, `22 ส.ค. 2026`): its marks kept, as Thai is always written.
_MONTHS.update((name, number) for number, names in enumerate(
    (("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."), ("พฤษภาคม", "พ.ค."),
     ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."), ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."),
     ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค.")), start=1) for name in names)
_DAY_MONTH_NAME = _alternation(_MONTHS)  # every language's, as a day's month (`14 Temmuz 2026`)
_HUNGARIAN_MONTH_NAME = _alternation(spelling for name in _HUNGARIAN_MONTHS for spelling in _spellings(name))
_DATE = deferred(
    # ISO, the year opening it (`52026-06-07` is none); a year of the Holocene calendar read as its year of the
    # Common Era (windlasstech/vers-js dates `12026-06-07`: 2026, ten thousand years on)
    r"(?<!\d)(?P<iso>(?:1(?=\d{4}[-/.]))?(?P<y>\d{4})[-/.](?P<m>\d{1,2}|[A-Za-z]{3,9})[-/.](?P<d>\d{1,2}))(?!\d)"
    r"|(?<!\d)(?P<dmy>(?P<d2>\d{1,2})(?:[/.\\-]|\. )(?P<m2>\d{1,2})(?:[/.\\-]|\. )(?P<y2>\d{4}|\d{2}))(?!\d)"
    # `5 February 2018`, `27. Februar 2026`, `27 de febrero de 2026`, `27th of June, 2024`, `15-Nov-2023`
    rf"|(?<!\d)(?P<d3>\d{{1,2}})(?:st|nd|rd|th|er|\.)?(?:\s+(?:de\s+|of\s+)?|[-/])(?P<m3>{_DAY_MONTH_NAME})"
    r"(?:\.?,?\s+(?:de\s+)?|[-/])(?P<y3>\d{4})(?!\w)"
    rf"|\b(?P<m4>{_MONTH_NAME})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}})(?!\d)"
    r"|(?<!\d)(?P<y5>(?:19|20)\d\d)(?P<m5>[01]\d)(?P<d5>[0-3]\d)(?!\d)"  # compact: 20220513
    # CJK text's `2024年3月1日`, Korean `2024년 3월 1일` and `2024. 3. 1.`
    r"|(?<!\d)(?P<y6>\d{4})\s*(?:年|년)\s*(?P<m6>\d{1,2})\s*(?:月|월)\s*(?P<d6>\d{1,2})\s*(?:日|일)"
    r"|(?<!\d)(?P<y7>\d{4})\.\s(?P<m7>\d{1,2})\.\s(?P<d7>\d{1,2})\.?(?!\d)"
    rf"|(?<!\d)(?P<y8>\d{{4}})\.\s+(?P<m8>{_HUNGARIAN_MONTH_NAME})\s+(?P<d8>\d{{1,2}})\.?(?!\d)",  # `2021. november 5.`
    re.IGNORECASE)


class DateReading(NamedTuple):
    day: date | None
    sure: bool = True  # False: a day-first date whose day and month could be swapped, or no date in the text


# The dashes that typography (a word processor's, a language model's) sets where `-` is meant: the hyphen, the
# non-breaking hyphen, the figure dash, the en dash, the minus sign. Read as `-` in a day and in a title's number
# prefix (`ADR‑0002:`, `2025‑05‑07`), nowhere else.
DASHES = "\u2010\u2011\u2012\u2013\u2212"
_AS_HYPHENS = str.maketrans(dict.fromkeys(DASHES, "-"))


def hyphenated(text: str) -> str:
    """``text`` with typography's dashes read as `-`, each still one character: a day found in it is where the
    same day stands in ``text``, whose words keep their own dashes."""
    return text if text.isascii() else text.translate(_AS_HYPHENS)


def read_date(text: str, month_first: bool | None = None) -> DateReading:
    """The first date in ``text``: ISO (`2021-04-19`, `2026-05-1`, `2020-Nov-09`, `2025‑05‑07` with typography's
    dashes), day first (`05/02/2018`, `10/04/18`, as legacy adr-tools wrote them; Czech `17. 3. 2026`, a blank
    after each dot), or with the month's name (`5
    February 2018`, `Feb 5, 2018`); anything after it (`, updated 2023-...`) is ignored. None for no date, or an
    impossible one. ``month_first`` (from ``slash_order``) reads `5/1/2023` as the record's other dates settle it."""
    plain = text.strip()
    iso = parse_iso_date(plain)
    if iso is not None:
        return DateReading(iso)
    if not plain.isascii():
        plain = plain.translate(_AS_HYPHENS)
        iso = parse_iso_date(plain)
        if iso is not None:
            return DateReading(iso)
    if "*" in plain or "_" in plain or "`" in plain or "~" in plain:
        plain = _MARKUP.sub("", plain)  # struck-through text (`~~2019-02-12~~ 2019-07-30`) is no value
    match = _DATE.search(plain)
    if match is None:
        return DateReading(None, sure=not plain)
    found = match.groupdict()
    if found["iso"]:
        return DateReading(_day(found["y"], found["m"], found["d"]))
    if found["dmy"]:
        day, month, year = int(found["d2"]), int(found["m2"]), _year(found["y2"])
        if month_first is not None:  # the record's other slash dates settle the order
            return DateReading(_valid(year, day, month) if month_first else _valid(year, month, day))
        first = _valid(year, month, day)
        if first is not None:  # day first, as adr-tools' `date +%d/%m/%Y` wrote it
            return DateReading(first, sure=day > 12 or day == month)
        return DateReading(_valid(year, day, month))  # the only reading there is: month first
    if found["d3"]:
        return DateReading(_day(found["y3"], found["m3"], found["d3"]))
    if found["y5"]:
        return DateReading(_day(found["y5"], found["m5"], found["d5"]))
    if found["y6"]:
        return DateReading(_day(found["y6"], found["m6"], found["d6"]))
    if found["y7"]:
        return DateReading(_day(found["y7"], found["m7"], found["d7"]))
    if found["y8"]:
        return DateReading(_day(found["y8"], found["m8"], found["d8"]))
    return DateReading(_day(found["y4"], found["m4"], found["d4"]))


def day_found(text: str) -> tuple[int, date | None, bool] | None:
    """Where the first date in ``text`` opens, the day it gives as ``read_date`` reads it (None for an impossible
    one), and whether that reading is certain: not for a date written with slashes whose day and month could be
    swapped (`04/08/2020`; `13.07.2026` and `05.11.2021` are day first, as dotted days are written); None when
    ``text`` holds no date."""
    match = _DATE.search(text if text.isascii() else text.translate(_AS_HYPHENS))
    if match is None:
        return None
    reading = read_date(match.group(0))
    return match.start(), reading.day, reading.sure or "/" not in match.group(0)


def written_day(text: str) -> str | None:
    """The first date in ``text`` as it is written there (`2026-01-01` of `2026-01-01 (last review)`, `5 February
    2018`); None when ``text`` holds none."""
    match = _DATE.search(hyphenated(text))
    return text[match.start():match.end()] if match is not None else None


# A day's placeholder, as a template's date line holds one: year, month and day in the order the log writes them,
# in English, Spanish/Portuguese (`AAAA-MM-DD`), French (`AAAA-MM-JJ`), German (`JJJJ-MM-TT`) or Polish (`RRRR`)
# letters.
_YEAR_LETTERS, _DAY_LETTERS = r"(?:yyyy|aaaa|jjjj|rrrr)", r"(?:dd|jj|tt)"
DAY_PLACEHOLDER = deferred(rf"(?i)(?P<order>{_YEAR_LETTERS}(?P<a>[-/.])mm(?P=a){_DAY_LETTERS}"
                           rf"|{_DAY_LETTERS}(?P<b>[-/.])mm(?P=b){_YEAR_LETTERS}"
                           rf"|mm(?P<c>[-/.]){_DAY_LETTERS}(?P=c){_YEAR_LETTERS})")


def places_a_day(value: str) -> bool:
    """Whether ``value`` is a day's placeholder naming the order of its parts (`DD-MM-YYYY`, `[aaaa-mm-dd]`)."""
    return DAY_PLACEHOLDER.search(value) is not None and not any(char.isdigit() for char in value)


def dates_as_data(value: str) -> bool:
    """Whether ``value``, keyed `Data` (Italian, Portuguese, Polish, Czech and Romanian for the date, and an English
    word), is the record's day: a day, or a template's placeholder for one (`AAAA-MM-DD`), as `Fecha` or `Datum`
    keys either."""
    return value[:1].isdigit() or places_a_day(value)


def date_alone(text: str) -> date | None:
    """The day a line that is a date and nothing else gives (`June 19, 2018`, `11 March 2022`, `2022-03-11`, as
    some logs write the day under the title with no `Date:`); None for any other line."""
    plain = text.strip().strip("*_`").strip()
    if not plain.isascii():
        plain = plain.translate(_AS_HYPHENS)
    match = _DATE.match(plain)
    if match is None or plain[match.end():].strip(" .") or not plain[:1].isalnum():
        return None
    return read_date(plain).day


def first_day_of_line(text: str) -> date | None:
    """The day a line of a `## Date` section gives where it opens with one and a remark follows (`2025-12-30
    (accepted update: 2026-02-22).`, `2026-03-31 (amended 2026-07-05 and 2026-07-17).`), or its first entry names
    a state reached on it (`Proposed 2026-04-12. Accepted 2026-06-15.`, `Accepted on 2026-06-15`): the first day,
    as a `Date:` line's is read; None for words before it that are no state (`TBD, not before 2026-01-01`, a
    sentence)."""
    plain = text.strip().strip("*_`").strip()
    if not plain.isascii():
        plain = plain.translate(_AS_HYPHENS)
    found = _DATE.search(plain)
    if found is None:
        return None
    words = plain[:found.start()].strip(" \t*_:,(")
    if words[-3:].lower() == " on":
        words = words[:-3]
    if words and lifecycle_word(words.strip("*_ \t")) is None:
        return None
    return read_date(plain[found.start():]).day


_MONTH_OPENINGS = frozenset(name[:3] for name in _MONTHS)


def opens_with_a_month(line: str) -> bool:
    return line[:3].lower() in _MONTH_OPENINGS


def day_first(texts: Iterable[str]) -> bool:
    """Whether a log's `dd/mm/yyyy`-like dates are day first for certain: some of them can only be read day
    first (`28/03/2018`) and none only month first (`03/28/2018`). Then `05/02/2018` in the same log is
    5 February, as its authors wrote it."""
    month_first, day_first_only = slash_days(texts)
    return day_first_only > 0 and month_first == 0


def slash_days(texts: Iterable[str]) -> tuple[int, int]:
    """How many of ``texts`` open their first `dd/mm/yyyy`-like date with a field only a month first reading takes
    (`03/28/2018`), and how many with one only a day first reading takes (`28/03/2018`)."""
    month_first = day_first_only = 0
    for text in texts:
        match = _DATE.search(text)
        if match is None or not match.group("dmy"):
            continue
        first, second = int(match.group("d2")), int(match.group("m2"))
        month_first += second > 12 >= first
        day_first_only += first > 12 >= second
    return month_first, day_first_only


def slash_order(texts: Iterable[str]) -> bool | None:
    """How the `dd/mm/yyyy`-like dates of one record are written, when one of them settles it: month first when
    one's second field is above 12 (`7/23/2023`), day first when one's first is (`23/7/2023`); None when none
    does, or they disagree."""
    month_first = day_first = False
    for text in texts:
        if "/" not in text and "." not in text and "-" not in text:
            continue
        for match in _DATE.finditer(text):
            if match.group("dmy"):
                first, second = int(match.group("d2")), int(match.group("m2"))
                month_first |= second > 12 >= first
                day_first |= first > 12 >= second
    return None if month_first == day_first else month_first


# What ends the day that opens a changelog's entry (`21.7.2020: Initial sketch`, `2022.03.03 - init commit`,
# `{8/18/22}: Initial draft`, `**2023-01-10**: ...`).
_ENTRY_OPENING = "{[*_`"
_AFTER_ENTRY_DAY = ":-–—,"


def changelog_days(entries: list[str]) -> list[date | None]:
    """The day each entry of a changelog list opens with (None for an entry that opens with a month alone: `May,
    2022:`, `May 2022:`, `2022-05:`), or [] when one of them opens with neither, when none opens with a whole day,
    or when a month alone comes before every whole day (the record was begun in that month, on no day it says)."""
    opened: list[str | None] = []
    months: list[tuple[int, int]] = []
    for entry in entries:
        text = entry.lstrip(_ENTRY_OPENING)
        match = _DATE.match(hyphenated(text))
        if match is None:
            month = _MONTH_ENTRY.match(text)
            if month is None or text[month.end():].lstrip(" }]*_`")[:1] not in _AFTER_ENTRY_DAY:
                return []
            name = month.group("name")
            months.append((int(month.group("y") or month.group("y2")),
                           _MONTHS[name.lower()] if name else int(month.group("m"))))
            opened.append(None)
            continue
        if text[match.end():].lstrip(" }]*_`")[:1] not in _AFTER_ENTRY_DAY:
            return []
        opened.append(match.group(0))
    whole = [text for text in opened if text is not None]
    if not whole:
        return []
    order = slash_order(whole)
    days = [read_date(text, order).day if text is not None else None for text in opened]
    if not all(day is not None for day, text in zip(days, opened) if text is not None):
        return []
    first = min(day for day in days if day is not None)
    if months and min(months) < (first.year, first.month):
        return []
    return days


def month_alone(text: str) -> date | None:
    """The first day of the month a text that is a month's name and its year and nothing else names (`November
    2026`, `Nov. 2026`, `März 2027`); None for any other text."""
    month = _MONTH_ENTRY.fullmatch(text.strip())
    name = month.group("name") if month is not None else None
    return _valid(int(month.group("y")), _MONTHS[name.lower()], 1) if month is not None and name else None


# A changelog entry that opens with a month and its year alone (`May, 2022: ...`, `May 2022 - ...`, `2022-05: ...`).
_MONTH_ENTRY = deferred(rf"(?:(?P<name>{_MONTH_NAME})\.?\s*,?\s+(?P<y>(?:19|20)\d\d)"
                        r"|(?P<y2>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2]))(?![\d-])", re.IGNORECASE)


def _day(year: str, month: str, day: str) -> date | None:
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
    return _valid(int(year), number, int(day)) if number is not None else None


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# -- titles --------------------------------------------------------------------------------------------------

# What decorates a title heading: the record's number (`3.`, `3)`, `023 `, `ADR 012:`, `ADR-012 -`) or the day
# that names a date-named one (`ADR 2026-05-10 —`, no number), a prefix naming the kind of document (`ADR:`,
# `Architecture Decision Record:`), an anchor (`{#adr_0003}`).
_ANCHOR = deferred(r"\s*\{#[^{}]*\}\s*$")
# The kind of document may be a request for comments (`RFC 001:`, `RFC-473 -`, `RFC:`), as logs of RFCs number
# them; `AD-001:` (neokapi) and `Decision 003:` / `Decision #5:` do only before a number; German `Nr. 001:` numbers a
# record, and `TITLE:` names the title (as GSA's template leaves it) before a colon; `Decision Record:`
# (eclipse-tractusx) names the kind of document. The template's number left as a placeholder (`ADR-00X:`,
# `ADR-XXX:`, losol/eventuras; `ADR-nnn:`) is no number. A number may carry a suffix (`ADR-006-P:`) or a remark
# (`ADR-003 (Draft):`) before the separator, and the day it was written after it (`RFC #1999 - 2020-03-06 - Title`, as
# vector's template `RFC <issue#> - <YYYY-MM-DD> - <title>` has it; a day followed by a word, `ADR 7: 2020-03-06
# outage`, stays in the title). The kind may be spelled out and abbreviated (`Architectural decision record (ADR)
# 004:`, `Architecture Decision Record (ADR):`, as leynos' logs title their records), the number bracketed (`ADR
# (004):`).
_TITLE_PREFIX = deferred(
    r"^(?:(?:architectur(?:e|al)\s+decision\s+record(?:\s*\(adr\))?|adr(?:[-_ ](?-i:[A-Z]{2,4})(?=[-_ ]?\d))?|rfc"
    r"|dr(?=[\s#_-]*\d)"
    r"|ad(?=[\s#_-]*\d)|decision\s+record|decision(?=\s*#?\d|[-_]\d)"
    r"|nr\.?(?=\s*\d)|title(?=\s*:))"
    r"(?:[\s#_‐‑‒–−-]*(?:[Nn][°º]\s*)?(?:(?P<day>\d{4}-\d\d-\d\d)|(?P<open>[(\[])?(?P<n>\d+)(?(open)[)\]])"
    r"(?:-[A-Za-z](?![A-Za-z])|(?P<part>[-.]\d{1,3})(?=\s*[.:)：]))?"  # `ADR-018.1:`, `ADR-20260312-01:`
    r"(?:\s*\([^()]{1,20}\))?"
    r"|(?:\d+[Xx]+|[Xx]{2,}|[Nn]{2,})(?![A-Za-z0-9])))?"
    r"(?P<sep>\s*[.:)：｜]|\s+(?:--|[-–—|·•])|\s*[-–—]\s)(?:\s*\d{4}-\d\d-\d\d(?:\s+(?:--|[-–—|·•])|\s*[-–—]\s))?"
    r"|(?P<m>\d+)(?:(?:[.:)]|\s+[-–—:|·•])?\s|[：｜]))"
    r"\s*(?=\S)", re.IGNORECASE)  # `：` and `｜`, the full-width colon and bar, as CJK text writes them; `·`, `•`
# A banner a log puts before the title of a record it has retired: `[Superseded by [ADR-0019](0019-x.md)] Push
# Metrics`, `[DEPRECATED] Use X` (the status says it too).
_STATUS_BANNER = deferred(r"^\[(?:superseded|deprecated|obsolete|rejected|replaced|retired)\b"
                          r"(?:[^\[\]]|\[[^\[\]]*\](?:\([^()]*\))?)*\]\s*(?=\S)", re.IGNORECASE)
# The number glued to the title by a hyphen (`ADR-0005-mvp-scope`, a file's name for the title, as gdal-mcp's are),
# or after a letter of a part (`ADR-907-A 对齐清单`).
_NUMBERED_PREFIX = deferred(r"^(?:adr|architecture\s+decision\s+record)[\s#_-]*(\d+)(?:-(?-i:[A-Z])(?=\s))?"
                            r"(?:\s+|-(?=[^\W\d_]))(?=\S)|"
                            r"^[\[【](?:adr[\s#_-]*)?(\d+)[\]】][\s:.：-]*(?=\S)",  # `[ADR-12] T`, `【ADR-12】T`
                            re.IGNORECASE)


# What a title's decoration opens with, besides a digit and `DR` (a cheap test before the expressions).
TITLE_PREFIX_OPENINGS = "Aa[【*_"


def _after_emoji(text: str) -> str:
    """``text`` without the emoji that opens it and the blanks after (`🔒 ADR-004 — X` gives `ADR-004 — X`); ``text``
    itself when no emoji opens it."""
    index = 0
    while index < len(text) and (unicodedata.category(text[index]) in ("So", "Sk")
                                 or text[index] in "\ufe0f\u200d"):
        index += 1
    return text[index:].lstrip() if index else text


# What a pictograph is written with besides its symbol (Unicode's other symbols: `⚡`, `📌`, `🚦`, `📅`; not an arrow
# or a mathematical sign): a variation selector (`⚠️`), a joiner (`🧑‍💻`), a skin tone.
_PICTOGRAPH_MARKS = frozenset("\ufe0f\u200d\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")


def _a_pictograph(character: str) -> bool:
    return unicodedata.category(character) == "So" or character in _PICTOGRAPH_MARKS


def after_pictographs(text: str) -> str:
    """``text`` without the pictographs that open it and the blanks after them (`📅 Date: 2021-11-05` gives `Date:
    2021-11-05`); ``text`` itself when none does."""
    start = 0
    if text[:1] > "\u2000":
        while start < len(text) and _a_pictograph(text[start]):
            start += 1
    return text[start:].lstrip() if start else text


_SHORTCODE = deferred(rf"{SHORTCODE}[ \t]*")


def after_shortcode(text: str) -> str:
    """``text`` without the emoji shortcode that opens it and the blanks after it, if any (`:white_check_mark:
    _Status:_ Accepted` gives `_Status:_ Accepted`, as DOI-OS-ORDA/DARTS's template marks its keys; `:x:Proposed`
    gives `Proposed`, as GitHub shows it); ``text`` itself when none does."""
    if text[:1] != ":" or (code := _SHORTCODE.match(text)) is None:
        return text
    return text[code.end():]


def without_pictographs(text: str) -> str:
    """``text`` without the pictographs that open or close it and the blanks beside them (`⚡ Status`, `Status 🚦`,
    `📅 Date` give `Status` and `Date`, as hobby and AI-written logs decorate their headings and keys); ``text``
    itself when none does (a cheap look first: a pictograph lies past U+2000)."""
    start, end = 0, len(text)
    if text[:1] > "\u2000":
        while start < end and _a_pictograph(text[start]):
            start += 1
    if text[-1:] > "\u2000":
        while end > start and _a_pictograph(text[end - 1]):
            end -= 1
    return text[start:end].strip() if start or end < len(text) else text


def may_be_decorated(text: str) -> bool:
    """Whether a title may carry a decoration ``read_title`` takes off (a cheap test, on every title read)."""
    first = text[:1]
    if first.isdigit() or first in TITLE_PREFIX_OPENINGS:
        return True
    if first and not first.isascii():  # `🔒 ADR-004 — X`: an emoji before the decoration
        rest = _after_emoji(text)
        return (rest is not text and rest[:1] in "AaDdRr") or _opens_with_a_decision_word(text)
    if first in "Dd":
        return (text[1:2] in "Rr" and text[2:3] in "0123456789 -_#") or text[1:8].lower() == "ecision" \
            or _opens_with_a_decision_word(text) or names_a_kind_of_record(text)
    if first in "RrNnTt":  # `RFC`, `Nr.`, `TITLE:`
        second = text[1:3].lower()
        return second == "fc" or (second[:1] == "r" and first in "Nn") \
            or (second == "it" and text[3:5].lower() == "le") or _opens_with_a_decision_word(text) \
            or names_a_kind_of_record(text)
    return _opens_with_a_decision_word(text) or names_a_kind_of_record(text)


def names_a_kind_of_record(text: str) -> bool:
    """Whether a title may name its kind of decision record in words of its own (``_QUALIFIED_RECORD``)."""
    return "ecision Record " in text or "ecision record " in text  # `Design Decision Record 001: X`


# The kind of decision record named in words of its own, before the record's number (`MARS Language Decision
# Record 002: X`, ecmwf/codex; `Design Decision Record 001: X`, `Technical Decision Record 2 - X`).
_QUALIFIED_RECORD = deferred(r"(?:[^\W\d_][\w'’-]*\s+){1,3}decision\s+record\s*#?(?P<n>\d+)"
                             r"(?:\s*[.:)：]|\s+[-–—|])\s*(?=\S)", re.IGNORECASE)


# The word for decision in the languages whose status words adr reads, as a title's decoration before the record's
# number and a colon (`# Keputusan 0001: Pertahankan blast flow`, Indonesian), as `Decision 003:` is one.
_DECISION_WORDS = tuple(sorted({spelling for word in (
    "keputusan", "décision", "entscheidung", "decisión", "decisão", "decisione", "besluit", "beslissing", "decyzja",
    "решение", "рішення", "rozhodnutí", "karar", "quyết định", "beslut", "beslutning", "päätös", "απόφαση",
    "החלטה", "قرار", "決定", "决策", "决定", "결정", "döntés", "decizie") for spelling in _spellings(word)},
    key=len, reverse=True))
_DECISION_OPENINGS = frozenset(word[0] for word in _DECISION_WORDS) | frozenset(word[0].upper() for word in
                                                                             _DECISION_WORDS)
# First letters of the titles ``may_be_decorated`` looks at further (a caller's cheap test before it).
DECORATION_INITIALS = "".join(sorted(set("DdRrNnTt") | {letter for letter in _DECISION_OPENINGS
                                                       if letter.isascii()}))
_DECISION_NUMBERED = deferred(rf"(?:{'|'.join(map(re.escape, _DECISION_WORDS))})"
                              r"(?:[ \t]*(?:#|n[°º][ \t]*)?|[-_])(?P<n>\d+)"  # `Entscheidung-004:` too
                              r"(?:[ \t]*[:：]|[ \t]+[-–—])[ \t]*(?=\S)", re.IGNORECASE)  # `Décision 005 — X` too


_JOINED_DECISION = deferred(r"[^\W\d_]+[-_](\d{1,9})(?!\d)")  # `DECISION-002`, `Entscheidung-4`: the word joined


def _opens_with_a_decision_word(text: str) -> bool:
    return text[:1] in _DECISION_OPENINGS and text[:12].lower().startswith(_DECISION_WORDS)


def _decision_numbered(text: str) -> TitleReading | None:
    """``text`` without the word for decision, the record's number and the colon or dash opening it (`Keputusan
    0001: X` and `Décision 005 — X` give `X`, numbered 1 and 5); None when they do not open it (`Karar: X`,
    `Keputusan 2026 tentang X`)."""
    if not _opens_with_a_decision_word(text):
        return None
    match = _DECISION_NUMBERED.match(text)
    if match is None or len(match.group("n")) > _MOST_DIGITS:
        return None
    return TitleReading(text[match.end():], int(match.group("n")))


# The number of adr-tools' `# NUMBER. TITLE` left as a letter, or as a run of one, before the title's words (`n.
# Django Templates`, cisagov/manage.get.gov's `0010-django-templates.md`; `NNNN. Use Kafka`, `XXXX - Use Redis`).
# A capital letter alone is a word's initial (`N. Virginia as the primary region`, `X. Org`): kept.
_NUMBER_PLACEHOLDER = deferred(r"(?:n|x|N{2,}|n{2,}|X{2,}|x{2,})(?:[.:)]|\s+[-–—])\s+(?=\S)")


def without_number_placeholder(text: str) -> str | None:
    """``text`` without the placeholder for its number that opens it (`n. Django Templates` gives `Django
    Templates`); None when none does. A template's title keeps it (`xxxx. ADR title`): the caller asks for records
    numbered 1 or more."""
    match = _NUMBER_PLACEHOLDER.match(text)
    return text[match.end():] if match is not None else None


_MOST_DIGITS = 9  # the longest record number a title is read as giving


class TitleReading(NamedTuple):
    text: str
    number: int | None  # the number the decoration gives (`# 3. Title`, `# ADR-012: Title`), if any


def read_title(heading: str, file_digits: str = "", file_slug: str = "", own: int | None = None) -> TitleReading:
    """A title heading's text without its decoration: `3. Use X`, `3) Use X {#adr_0003}`, `23 Use X`,
    `ADR 012: Use X`, `ADR-012 - Use X`, `ADR012: Use X`, `ADR: Use X`, `Architecture Decision Record: Use X`,
    `RFC #1999 - 2020-03-06 - Use X`, `🔒 ADR-004 — Use X`, `ADR-00X: Use X`, `Decision Record: Use X` and
    `[Superseded by [ADR-0019](0019-y.md)] Use X` all give `Use X` (`🔒 Use X` keeps its emoji); so does
    `0003-Use X` in a file whose name opens with ``file_digits`` `0003` (as its file is named; `3-tier X` in
    `0003-3-tier-x.md` keeps its `3-`); anything else is kept verbatim, a year and a blank too (`2019 Roadmap`,
    unless ``file_digits`` are `2019`), and a number and a blank other than ``file_digits`` that ``file_slug``
    opens with too (`508 Systems` in `0023_508_systems.md`). A kind of record named in words of its own before a
    number (`MARS Language Decision Record 002: X`) goes when that number is the record's, ``own`` (a title naming
    another record so, `Replace Architecture Decision Record 7: ..`, is kept whole)."""
    text = heading
    if text.endswith("}") and "{#" in text:
        text = _ANCHOR.sub("", text)
    if text[:2] in ("**", "__") and text[-2:] == text[:2] and len(text) > 4 and text[:2] not in text[2:-2]:
        text = text[2:-2].strip()  # `# **RFC: PD Endpoints**`: the whole title in bold
    if text[:1] == "[" and (banner := _STATUS_BANNER.match(text)) is not None:
        text = text[banner.end():]
    if not text or not may_be_decorated(text):
        return TitleReading(text, None)
    if own is not None and text[:1] in _DECISION_OPENINGS | {"D", "d"} and (joined := _JOINED_DECISION.match(text)) \
            and (text[:8].lower() == "decision" or _opens_with_a_decision_word(text)) \
            and int(joined.group(1)) != own:
        return TitleReading(text, None)  # `DECISION-002: X` in file 003: a numbering of its own, as `TEP-2:` is
    if not text[0].isascii():  # an emoji before the decoration (`🔒 ADR-004 — X`); one before words is theirs
        decorated = _after_emoji(text)
        match = _TITLE_PREFIX.match(decorated) or _NUMBERED_PREFIX.match(decorated)
        if match is None:
            return _decision_numbered(text) or TitleReading(text, None)  # `Решение 3: X`
        text = decorated
    match = _TITLE_PREFIX.match(text) or _NUMBERED_PREFIX.match(text)
    if match is None:
        if (decided := _decision_numbered(text)) is not None:
            return decided  # `Keputusan 0001: X`
        if names_a_kind_of_record(text) and (kind := _QUALIFIED_RECORD.match(text)) is not None \
                and len(kind.group("n")) <= _MOST_DIGITS and own in (None, int(kind.group("n"))):
            return TitleReading(text[kind.end():], int(kind.group("n")))  # `Design Decision Record 001: X`
        if file_digits and text[:1].isdigit() and (named := _named_as_a_file(text, file_digits)) is not None:
            return named  # `0004-Дата создания решения`, as its file is named
        return TitleReading(text, None)
    digits = (match.group(1) or match.group(2)) if match.re is _NUMBERED_PREFIX else \
        (match.group("n") or match.group("m"))
    if digits and len(digits) > _MOST_DIGITS:  # `# 111…1. x`: no record's number (and past what int() reads)
        return TitleReading(text, None)
    if digits and match.re is _TITLE_PREFIX and digits == match.group("m") \
            and not text[len(digits):match.end()].strip() and (not file_digits or int(digits) != int(file_digits)) \
            and ((len(digits) == 4 and digits[:2] in ("19", "20")) or _slug_opens_with(file_slug, digits)):
        # a year, or the number the file's slug opens with too, and a blank that is not the file's number: title
        # words (`2019 Roadmap` in `2657-roadmap-2019.md`; `508 Systems List` in `0023_508_systems_list.md`,
        # CMSgov/easi-app); `2019. X`, `2019 - X`, `0007 X` and `23 Use X` (a copied title's number, as often)
        # still number it
        return TitleReading(text, None)
    rest = text[match.end():].strip()
    if not rest:
        return TitleReading(text, None)
    if digits and "part" in match.re.groupindex and match.group("part") \
            and ((digits[:2] in ("19", "20") and len(digits) in (4, 6, 8))
                 or (file_digits and int(digits) != int(file_digits))):
        return TitleReading(rest, None)  # `ADR-20260312-01:`, `ADR-2024-01:`: an id of a day or a month; `ADR-12-1:`
        # in file 13: the first of another record's parts, no number of this record's
    return TitleReading(rest, int(digits) if digits else None)


# The file's number after letters of another kind of proposal (`TEP-0001: X`, Tekton's and Kubernetes' enhancement
# proposals), or after the title (`Partition Strategy - ADR 004`, `X (ADR-003)`: LBHackney-IT's pages, published with
# the number in the page's title): looked for in the title's last characters alone.
_LETTERED_NUMBER = deferred(r"[A-Z]{2,5}-(\d{1,9}):\s+(\S.*)")
_NUMBER_AFTER = deferred(r"\s*(?:[-–—:|]\s*|\()adr[-_ ]?#?(\d{1,9})\)?\s*$", re.IGNORECASE)
# The file's own number in brackets after the title, written as the file writes it, padded (`Data Storage (0001)`
# in file 0001): not a number a title's words end on (`Python (3)`, in file 3 too; `OAuth (02)` in file 0002).
_PADDED = 3
_BRACKETED_NUMBER = deferred(r"\s*\((\d{1,9})\)\s*$")
_TAIL = 24


def numbered_as_the_file(text: str, file_digits: str) -> TitleReading | None:
    """A title that carries its file's own number (``file_digits``, as the name writes it) after letters of its own
    (written as the file writes it, or padded: `UTF-8: X` in file 0008 is a word's) or after its words and `ADR`:
    the words alone; None for any other (`HTTP-2: X`, `X - ADR 7` in file 8)."""
    before = _LETTERED_NUMBER.fullmatch(text) if text[:1].isupper() and "-" in text[:6] else None
    if before is not None and (before.group(1) == file_digits or (len(before.group(1)) >= 3 and int(before.group(1))
                                                                 == int(file_digits))):
        return TitleReading(before.group(2).strip(), int(before.group(1)))
    if text[-1:].isdigit() or text[-1:] == ")":
        tail = text[-_TAIL:]
        after = _NUMBER_AFTER.search(tail)
        if after is not None and int(after.group(1)) == int(file_digits) \
                and (words := text[:len(text) - len(tail) + after.start()].strip()):
            return TitleReading(words, int(after.group(1)))  # `ADR` names it the record's: `Y - ADR 7` in file 0007
        bracketed = _BRACKETED_NUMBER.search(tail) if text[-1:] == ")" else None
        if bracketed is not None and bracketed.group(1) == file_digits and len(file_digits) >= _PADDED \
                and (words := text[:len(text) - len(tail) + bracketed.start()].strip()):
            return TitleReading(words, int(file_digits))  # `Data Storage (0001)` in file 0001 (DFE-Digital's pages)
    return None


def _named_as_a_file(text: str, file_digits: str) -> TitleReading | None:
    """A title written as a record's file is named, its number and `-` before its words: the file's own number
    (`0004-Дата создания решения` in `0004-x.md`), or another padded as the file's is (`013-greenhouse-plugin-
    lifecycle` in `011-x.md`, a heading copied from another record's name: its number is ADR104's to report); None
    for an unpadded number that is a word's (`3-tier X` in `0003-3-tier-x.md`)."""
    digits = text[:len(text) - len(text.lstrip("0123456789"))]
    if len(digits) > _MOST_DIGITS or (digits != file_digits and not (len(digits) == len(file_digits) >= 3
                                                                     and digits[0] == "0")):
        return None
    rest = text[len(digits) + 1:].strip() if text[len(digits):len(digits) + 1] == "-" else ""
    return TitleReading(rest, int(digits)) if rest[:1].isalpha() else None


def lettered_title(heading: str, letters: str) -> TitleReading | None:
    """A title that opens with the letters its file is named after and a number (`API-001: State store API design`
    in dapr's `API-001-x.md`, `TRD 104: System Calls`, `CCC-JB-001 - X`): the title without them, and that number;
    None for a title that opens otherwise (`TRDs are ...`, `API design`)."""
    if heading[:1].lower() != letters[:1].lower():
        return None
    match = _lettered_prefix(letters.lower()).match(heading)
    if match is None or not heading[match.end():].strip() or len(match.group(1)) > _MOST_DIGITS:
        return None
    return TitleReading(heading[match.end():].strip(), int(match.group(1)))


@functools.lru_cache(maxsize=64)
def _lettered_prefix(letters: str) -> re.Pattern[str]:
    """The letters (`api`, `ccc-jb`: a joint as any joint) and a number opening a title, and what separates them
    from the words (as ``_TITLE_PREFIX`` has it, a blank too)."""
    written = r"[-_\s]?".join(re.escape(part) for part in re.split(r"[-_]", letters))
    return re.compile(rf"{written}[\s#_‐‑‒–−-]*(\d+)(?:\s*[.:)：｜]|\s+(?:--|[-–—|·•])|\s*[-–—]\s|\s)\s*(?=\S)",
                      re.IGNORECASE)


def _slug_opens_with(slug: str, digits: str) -> bool:
    """Whether a file's slug opens with ``digits`` as a word (`508_systems_list` with `508`)."""
    return slug.startswith(digits) and slug[len(digits):len(digits) + 1] in ("-", "_", "")


# The lifecycle words a title's closing brackets may hold that also close titles as plain words (`Use a
# Circuit Breaker (Open)`, `Cache Layer (Active)`): never read as a status there.
_NOT_IN_A_TITLE = frozenset({"open", "closed", "active", "idea", "rfc", "proposal", "review", "done"})


def title_status(text: str) -> tuple[str, str] | None:
    """A title heading that states its record's status in brackets at its end (`Soft Delete Pattern
    [ACCEPTED]`, `Universal Module Pattern [SUPERSEDED BY ADR-030]`, `Search query classes (superseded by [RFC
    25](025-x.md))`, `Immutable Revision Events (deleted)`): the title without them and the status as written;
    None when the brackets hold anything else (`[FULL REVERSE ENGINEERING — 2026-02-26]`, `(Revised)`)."""
    closing = text[-1:]
    if closing not in ("]", ")"):
        return None
    opening = "[" if closing == "]" else "("
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        character = text[index]
        if character == closing:
            depth += 1
        elif character == opening:
            depth -= 1
            if not depth:
                break
    else:
        return None
    title, inside = text[:index].rstrip(), text[index + 1:-1].strip()
    if not title or not inside or title[-1:] in "]!" or not text[index - 1:index].isspace():
        return None  # `[a](b)` is a link's target, `![..]` an image
    words = _undecorated(inside)
    first = words.split(None, 1)[0].lower().rstrip(".,;:") if words else ""
    if first in _NOT_IN_A_TITLE or not _is_lifecycle_word(first):
        return None
    reading = read_status(inside)
    # the word alone, or with a qualifier after it (`ACCEPTED — MANDATORY`), or naming its successor; not prose
    # (`(accepted by the board after a long debate)`)
    if reading.status is None or not (reading.superseded_by or _QUALIFIER.match(words, len(first))):
        return None
    return title, inside


# A title opening with its record's state and a colon (`Draft: Add build notifications`, as V-Sekai/manuals titles
# its records, and as merge requests are marked): the decision's own states, not words a title may open with for
# its topic (`Experimental: ..`, `Final: ..`, `Proposal: ..`, `Review: ..`).
_STATE_PREFIX = deferred(r"(?:\*\*|__)?([^\W\d_]+)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]+(?=\S)")
# The stage of a decision's life each of those states marks, for a title's state and the record's own status to
# agree by (`Draft:` over `- Status: proposed`).
PREFIX_STAGES = {**dict.fromkeys(("draft", "proposed", "wip"), 1),
                 **dict.fromkeys(("accepted", "approved", "adopted", "decided", "agreed", "implemented"), 2),
                 **dict.fromkeys(("rejected", "declined", "abandoned"), 3),
                 **dict.fromkeys(("deprecated", "obsolete", "retired", "withdrawn", "postponed", "deferred"), 4),
                 "superseded": 5}


# The stages two statements of one record's status are compared by: `approved` and `Implemented` agree, a proposal
# and an accepted decision do not; words of no stage here (`experimental`, `stable`) are not compared.
_STATED_STAGES = {**PREFIX_STAGES, "proposal": 1}


def disagree(one: str, other: str) -> bool:
    """Whether two statements of a record's status (`accepted`, `Proposal – pending sign-off.`) name different
    stages of a decision's life; False where either names none."""
    first = _STATED_STAGES.get(read_status(one).status or "")
    second = _STATED_STAGES.get(read_status(other).status or "")
    return first is not None and second is not None and first != second


def title_state_prefix(text: str) -> tuple[str, str] | None:
    """A title that opens with its record's state (`Draft: Add build notifications`, `ACCEPTED: Use X`): the
    title without it and the state; None for any other opening (`Deprecation: ..`, `Final: ..`)."""
    opening = _STATE_PREFIX.match(text)
    if opening is None or lifecycle_word(opening.group(1)) not in PREFIX_STAGES:
        return None
    rest = text[opening.end():].strip()
    return (rest, opening.group(1)) if rest else None


# The lifecycle words a documentation tag may be read as a status by: the decision's own states, not words a
# page is tagged with for its topic (`experimental`, `open`, `rfc`, `active`).
_TAG_STATUSES = frozenset({"proposed", "accepted", "rejected", "deprecated", "superseded", "draft", "withdrawn",
                           "approved", "implemented", "obsolete", "retired", "replaced", "declined", "abandoned",
                           "amended", "on hold"})


def tagged_status(tags: Iterable[str]) -> str | None:
    """The status a record's documentation tags state when it states none itself: its one tag that is a
    lifecycle word (`tags: [Superseded]`, as mkdocs-tech-docs-template tells its users to write it); None when
    none is, or tags name two (a page tagged `draft` and `accepted` says nothing certain)."""
    found = {status for tag in tags if (status := lifecycle_word(tag.strip())) in _TAG_STATUSES}
    return found.pop() if len(found) == 1 else None


_DIGIT = re.compile(r"\d")


class StatusEntry(NamedTuple):
    text: str  # the status as written (`Rejected partially (2022-09-26)`), without a day written before it
    day: date | None  # the day the entry gives, if any
    struck: bool  # struck through (`~~Proposed~~`): a status the record no longer has
    remark: str = ""  # the words after the status, no part of it (` by [Bob](..) after review`), the text's end


_ENTRY_WORDS = 3  # the most words an entry's status has (`Rejected partially`, `in review`)
_ENTRY_TRIM = " \t*_:,;()[]-–—"
# A sentence after the status that names a relation by a record's number (`Accepted. Supersedes ADR-003.`,
# `Proposed. Superseded by ADR-9.`): read as the part after a `;` is.
_RELATION_SENTENCE_AFTER = deferred(rf"\.\s+(?=(?:supers?c?[ce]{{1,2}}des|{SUPERSEDED_WORD}\s+by|replaced\s+by"
                                    rf"|replaces)[:\s]+(?:{_A_RECORD_ALONE}|\[[^\[\]]*\]\([^()\s]*\){_ALONE_AFTER}))",
                                    re.IGNORECASE)  # a record's number next, or a link (not `.. in part`)
_HISTORY_ENDS = frozenset("0123456789)]*_")  # how a history whose days follow their words may end
# A year, or a day written with a two-digit one: two of them at least in a history (a cheap look before ``_DATE``'s:
# `superseded by [ADR-0005](0005-x.md)` has none).
_DAY_LIKE = deferred(r"(?<!\d)(?:(?:1[89]|20)\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d\d)(?!\d)")


def status_entry(text: str) -> StatusEntry | None:
    """``text`` as an entry of a status history (`Proposed 2018-12-09`, `Proposed (2021-06-16)`, `**Accepted**:
    2026-03-26`, `2020-02-01 Accepted`, `~~Proposed~~`, `Accepted`): a lifecycle word of a few words, with a day
    before or after it or none; None for anything else (prose, a link, the template's choices in one line)."""
    plain = whole = text.strip()
    struck = struck_through(plain)
    if struck:
        plain = whole = plain.strip("~").strip()
    day: date | None = None
    match: re.Match[str] | None = None
    if _DIGIT.search(plain) is not None:
        match = _DATE.search(hyphenated(plain))
        if match is None:
            return None
        day = read_date(match.group(0)).day
        if day is None:
            return None
        plain = f"{plain[:match.start()].rstrip(_ENTRY_TRIM)} {plain[match.end():].lstrip(_ENTRY_TRIM)}"
    plain = plain.strip(_ENTRY_TRIM)
    if plain and day is not None and plain[:1] in "SsRr" and (reading := read_status(plain)).superseded_by \
            and reading.status == "superseded":
        return StatusEntry(plain, day, struck)  # `2025-03-03: Superceded by [0018](0018-x.md)`: its successor too
    if plain and day is not None and not struck and (len(plain.split()) > _ENTRY_WORDS or "[" in plain) \
            and match is not None and match.start() == 0:
        return _remarked_entry(whole, match.end(), day)
    if not plain or len(plain.split()) > _ENTRY_WORDS or "|" in plain or "[" in plain:
        return None
    status = read_status(plain).status
    if status not in KNOWN_STATUSES and status not in MULTI_WORD_STATUSES:
        return None
    # (a day opening it: the words after its status word a remark, `2024-01-09 accepted (board)`)
    word = _status_word_after(whole, match.end()) if match is not None and match.start() == 0 else None
    remark = _remark_after(whole, word.end()) if word is not None and lifecycle_word(word.group()) == status else ""
    # as written where it reads the same (`Accepted (retrospectively) :29/04/2022`), else without the day before it
    return StatusEntry(whole if day is None or read_status(whole).status == status else plain, day, struck, remark)


def _remarked_entry(text: str, after_day: int, day: date) -> StatusEntry | None:
    """``text``, whose day ends at ``after_day``, as an entry its writer said more of after its status word
    (`2024-01-09 accepted by [Bob](..) after review`, `2024-01-09: Accepted — by the CTO`): the word, the rest its
    remark. None where the words do not read as that status (`accepted → deprecated by the board`), or hold another
    day (a history joined on one line)."""
    word = _status_word_after(text, after_day)
    if word is None:
        return None
    status = lifecycle_word(word.group())
    rest = text[word.end():]
    if status not in KNOWN_STATUSES or rest[:1].isalnum() or rest.lstrip(_CLOSING_MARKS)[:1] in _LABELLING \
            or (_DIGIT.search(rest) is not None and _DATE.search(hyphenated(rest)) is not None):
        return None  # (`2025-12-08: Amended: use exported components`: a note on the change, labelled)
    return StatusEntry(word.group(), day, False, _remark_after(text, word.end())) \
        if read_status(text[word.start():]).status == status else None


def _status_word_after(text: str, after_day: int) -> re.Match[str] | None:
    """The first word of ``text`` after its day (ending at ``after_day``), where only marks come between them."""
    word = _FIRST_WORD.search(text, after_day)
    return word if word is not None and not text[after_day:word.start()].strip(_ENTRY_TRIM) else None


def _remark_after(text: str, word_end: int) -> str:
    """What ``text`` says after its status word (ending at ``word_end``) and the marks closing it (`**`): the
    remark, where it holds a word (`, by Bob`, ` (board)`); "" where it is only marks (`.`)."""
    at = word_end
    while at < len(text) and text[at] in _CLOSING_MARKS:
        at += 1
    return text[at:] if _A_LETTER.search(text, at) is not None else ""


_CLOSING_MARKS = "*_~`"
_LABELLING = (":", "：")
_A_LETTER = deferred(r"[^\W\d_]")


def history_entry(line: str) -> StatusEntry | None:
    """``line`` (its comments taken out) as an entry of a status history (``status_entry``), read from its
    ``history_line``; None for any other line."""
    return status_entry(history_line(line))


def a_dated_note(text: str) -> bool:
    """Whether ``text``, a line of a status history (``history_line``) read as no entry, opens with a day: a note on
    the history (`2025-12-08: Amended: use exported components`, `2024-01-09 we met, and accepted it`), which the
    entries after it go on past."""
    return text[:1].isdigit() and (found := _DATE.match(hyphenated(text))) is not None \
        and read_date(found.group(0)).day is not None


def history_line(line: str) -> str:
    """The text of ``line`` an entry of a status history is read from: without the marks around it, a list's
    bullet (`- 2024-05-24: Accepted`), a bar closing it (`2020-12-02 Proposed |`, as Amsterdam/signals-frontend
    writes), an emoji shortcode opening it (`:hourglass: Proposed (2026-01-05)`) or the backslash of a line break
    after it (its comments are the caller's to take out)."""
    text = line.strip()
    if text[-1:] == "\\":
        text = text[:-1].rstrip()
    if text[-1:] == "|":
        text = text.rstrip("| \t")
    bullet = _ENTRY_BULLET.match(text)
    return after_shortcode(text[bullet.end():] if bullet is not None else text)


_ENTRY_BULLET = deferred(r"(?:[-*+]|\d{1,3}[.)])[ \t]+")


def read_otherwise(name: str, found: object, meant: object) -> str:
    """Why a write is refused, in a reader's words: the record's field ``name`` would read as ``found``, not as the
    ``meant`` value (`the record would then name 4 and 237 as its successors, not 4`)."""
    if name in _NAMING:
        return f"the record would then name {said_as_read(found)} as {_NAMING[name]}, not {said_as_read(meant)}"
    label = _LABELS.get(name, name.replace("_", " "))
    if found is None:
        return f"the record would then state no {label}, not {said_as_read(meant)}"
    if meant is None:
        return f"the record would then state {said_as_read(found)} as its {label}, where it states none"
    return f"its {label} would then read as {said_as_read(found)}, not {said_as_read(meant)}"


def changed_otherwise(key: str, found: object, meant: object) -> str:
    """Why a write is refused, in plain words: the front matter's ``key`` would read as ``found`` (as YAML reads
    it), not as ``meant``; of a list, the one item that changes, of a text, the line breaks it would end with where
    only they change."""
    where = f"its `{key}`"
    if isinstance(found, list) and isinstance(meant, list) and len(found) == len(meant):
        changed = [index for index, (now, was) in enumerate(zip(found, meant)) if now != was]
        if len(changed) == 1:
            where, found, meant = f"item {changed[0] + 1} of {where}", found[changed[0]], meant[changed[0]]
    if isinstance(found, str) and isinstance(meant, str) and found.rstrip("\n") == meant.rstrip("\n"):
        return f"{where} ({quoted(meant)}) would then end with {_line_breaks(found)}, not {_line_breaks(meant)}"
    return f"{where} would then read as {said_as_read(found)}, not {said_as_read(meant)}"


def _line_breaks(text: str) -> str:
    count = len(text) - len(text.rstrip("\n"))
    return "one line break" if count == 1 else f"{_COUNTED.get(count, str(count))} line breaks"


_COUNTED = {0: "no", 2: "two", 3: "three"}


# The fields that name records or people, as a reader says what they hold; the labels of the others.
_NAMING = {"superseded_by": "its successors", "supersedes": "the records it supersedes",
           "relates_to": "the records it relates to", "decision_makers": "its decision makers",
           "consulted": "those it consulted", "informed": "those it informed", "tags": "its tags"}
_LABELS = {"revisit": "revisit point"}


def said_as_read(value: object) -> str:
    """A value as a refusal says it: a day as ISO, a revisit point as written, records and names listed (`4 and
    237`, the first few of a long list and the number of the others), a title or a text of several lines quoted
    (``quoted``); none for none."""
    if value is None or value == () or value == []:
        return "none"
    if isinstance(value, bool):
        return str(value).lower()  # (as YAML writes it)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, RevisitPoint):
        return value.text
    if isinstance(value, (tuple, list)):
        items = [said_as_read(item) for item in value[:_LISTED_AT_MOST]]
        if len(value) > _LISTED_AT_MOST:
            items.append(f"{len(value) - _LISTED_AT_MOST} more")
        return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
    if isinstance(value, str):
        return quoted(value) if " " in value.strip() or not value.isprintable() else shortened(value)
    return shortened(str(value))


_LISTED_AT_MOST = 5  # the items of a list a refusal names, the others counted
