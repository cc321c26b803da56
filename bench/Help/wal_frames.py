#!/usr/bin/env python3
"""What a live-help commit writes to SQLite's WAL, by index (a replica of the schema, Python's own sqlite3).

Each batch is what the help writer commits at 200 connections: 40 messages from 40 different senders
in 20 conversations, in one transaction with synchronous=FULL; before 2026-12-03 each message also updated its
request's LastActivityAt (now once a minute, so a lively chat's commits leave the requests alone). Prints, per
set of indexes on the messages table, with and without the request updates, the time per batch, the time of
COMMIT alone and the WAL frames (pages) one commit appends. Usage: python3 wal_frames.py [batches=300]
"""
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid

SENDERS, PER_BATCH, HISTORY = 200, 40, 50


def run(indexes, batches, update_requests=True, page=4096):
    folder = tempfile.mkdtemp(prefix="wal-frames-")
    path = os.path.join(folder, "help.db")
    c = sqlite3.connect(path, isolation_level=None)
    c.execute(f"pragma page_size={page}")
    c.execute("pragma journal_mode=wal")
    c.execute("pragma synchronous=full")
    c.execute("create table requests(id integer primary key, village int, status int, helper int, last int, context text)")
    c.execute("create table messages(id integer primary key autoincrement, request int, sender int, client text, sent int, text text, kind int)")
    for index in indexes:
        c.execute(index)
    c.executemany("insert into requests values(?,?,?,?,?,?)", [(i, i, 1, i, 0, "x" * 60) for i in range(SENDERS // 2)])
    clock = 0
    c.execute("begin")
    for k in range(HISTORY):
        for s in range(SENDERS):
            c.execute("insert into messages(request,sender,client,sent,text,kind) values(?,?,?,?,?,0)", (s // 2, s, uuid.uuid4().hex, clock, f"Pesan lama {k}"))
            clock += 1
    c.execute("commit")
    # No automatic checkpoint while measuring: the WAL only grows, so its growth is what each commit wrote.
    c.execute("pragma wal_checkpoint(truncate)")
    c.execute("pragma wal_autocheckpoint=0")
    frames, total, commit = 0.0, 0.0, 0.0
    for b in range(batches):
        senders = random.sample(range(SENDERS), PER_BATCH)
        started = time.perf_counter()
        c.execute("begin")
        for s in senders if update_requests else []:
            c.execute("update requests set last=? where id=?", (clock, s // 2))
        for s in senders:
            c.execute("insert into messages(request,sender,client,sent,text,kind) values(?,?,?,?,?,0)", (s // 2, s, uuid.uuid4().hex, clock, f"Pesan {b}"))
            clock += 1
        before = os.path.getsize(path + "-wal")
        committing = time.perf_counter()
        c.execute("commit")
        commit += time.perf_counter() - committing
        total += time.perf_counter() - started
        frames += (os.path.getsize(path + "-wal") - before) / (page + 24)
        if b % 50 == 49:
            c.execute("pragma wal_checkpoint(truncate)")
    c.close()
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
    return total / batches * 1000, commit / batches * 1000, frames / batches


def main():
    batches = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    dedupe = "create unique index dedupe on messages(sender, client)"
    conversation = "create index conversation on messages(request, id)"
    window = "create index send_window on messages(sender, sent)"
    sets = [("all three, requests updated (Learn before 2026-12-03)", [dedupe, conversation, window], True),
            ("without (sender, sent), requests updated", [dedupe, conversation], True),
            ("without (sender, sent), requests left alone (Learn now)", [dedupe, conversation], False),
            ("none, requests left alone", [], False)]
    print("| indexes on messages | ms a batch | ms COMMIT | WAL frames a commit |")
    print("| --- | ---: | ---: | ---: |")
    for _ in range(2):
        for name, indexes, update_requests in sets:
            per_batch, per_commit, frames = run(indexes, batches, update_requests)
            print(f"| {name} | {per_batch:.2f} | {per_commit:.2f} | {frames:.1f} |")


if __name__ == "__main__":
    main()
