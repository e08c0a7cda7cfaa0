/* The library's rules in the page: the folding of lib/fold.c (so that a
 * search here finds what `capartner show` finds) and the intervals of
 * partial dates of lib/date.c (docs/data-model.md). Tested against the C
 * code on every code point, every name and every date of the data
 * (tests/cli/explorer/). */
"use strict";

/* capartner_fold_code_point: the library's own mapping, which the page
 * carries as the pairs [from, to, ...] of every code point it changes
 * (written by the command from lib/fold.c). */
const FOLDED = new Map();
function loadFolding(pairs) {
  for (let i = 0; i + 1 < pairs.length; i += 2) FOLDED.set(pairs[i], pairs[i + 1]);
}

function foldCodePoint(c) {
  const folded = FOLDED.get(c);
  return folded === undefined ? c : folded;
}

/* capartner_fold_key on a whole text: each code point folded, combining
 * marks after a Latin letter dropped (a decomposed letter), the spaces
 * around trimmed. */
function foldText(text) {
  let folded = "";
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c >= 0x300 && c <= 0x36f && /[a-z]$/.test(folded)) continue;
    folded += String.fromCodePoint(foldCodePoint(c));
  }
  return folded.replace(/^ +| +$/g, "");
}

const OPEN_EARLIEST = 0;
const OPEN_LATEST = 99991231;

function daysInMonth(year, month) {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const ymd = (y, m, d) => y * 10000 + m * 100 + d;

function dayBefore(day) {
  const y = Math.floor(day / 10000), m = Math.floor(day / 100) % 100, d = day % 100;
  if (d > 1) return day - 1;
  if (m > 1) return ymd(y, m - 1, daysInMonth(y, m - 1));
  return y > 1 ? ymd(y - 1, 12, 31) : OPEN_EARLIEST;
}

function dayAfter(day) {
  const y = Math.floor(day / 10000), m = Math.floor(day / 100) % 100, d = day % 100;
  if (d < daysInMonth(y, m)) return day + 1;
  if (m < 12) return ymd(y, m + 1, 1);
  return y < 9999 ? ymd(y + 1, 1, 1) : OPEN_LATEST;
}

/* "circa": one year, month or day (the date's precision) more on each side,
 * within years 1..9999, as lib/date.c widens it. */
function circaWidened(first, last, month, day) {
  const before = first > ymd(1, 1, 1) ? dayBefore(first) : first;
  const after = dayAfter(last);
  const y = (d) => Math.floor(d / 10000), m = (d) => Math.floor(d / 100) % 100;
  if (day) return [before, after];
  if (month)
    return [ymd(y(before), m(before), 1), ymd(y(after), m(after), daysInMonth(y(after), m(after)))];
  return [ymd(y(before), 1, 1), ymd(y(after), 12, 31)];
}

/* capartner_date_interval of a date's text form ("late 2013-12", "2014",
 * "before 2016-02-22"): [earliest, latest] as yyyymmdd numbers, open ends
 * 0 and 99991231; null when the text is not a date. */
function dateInterval(text) {
  if (text === null || text === undefined || text === "" || text === "unknown")
    return [OPEN_EARLIEST, OPEN_LATEST];
  const match = /^(?:(early|mid|late|circa|before|after) )?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(
    text);
  if (!match) return null;
  const qualifier = match[1] || "";
  const year = Number(match[2]);
  const month = match[3] ? Number(match[3]) : 0;
  const day = match[4] ? Number(match[4]) : 0;
  if (month > 12 || (month && day > daysInMonth(year, month))) return null;
  let first, last;
  if (!month) {
    let firstMonth = 1, lastMonth = 12;
    const part = ["early", "mid", "late"].indexOf(qualifier);
    if (part >= 0) {
      firstMonth = 1 + part * 4;
      lastMonth = firstMonth + 3;
    }
    first = ymd(year, firstMonth, 1);
    last = ymd(year, lastMonth, daysInMonth(year, lastMonth));
  } else if (!day) {
    let firstDay = 1, lastDay = daysInMonth(year, month);
    if (qualifier === "early") lastDay = 10;
    else if (qualifier === "mid") (firstDay = 11), (lastDay = 20);
    else if (qualifier === "late") firstDay = 21;
    first = ymd(year, month, firstDay);
    last = ymd(year, month, lastDay);
  } else {
    first = last = ymd(year, month, day);
  }
  if (qualifier === "circa") [first, last] = circaWidened(first, last, month, day);
  if (qualifier === "before") return [OPEN_EARLIEST, dayBefore(first)];
  if (qualifier === "after") return [dayAfter(last), OPEN_LATEST];
  return [first, last];
}

/* "2014-03-01" (the export's date_earliest/date_latest) as 20140301. */
function dayNumber(isoDay) {
  return isoDay ? Number(isoDay.replace(/-/g, "")) : null;
}

