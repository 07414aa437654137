#!/usr/bin/env python3
"""`delai check` against the same job done in DuckDB SQL (issue #22).

The usual trick for business days in SQL: a calendar table with a running
index of business days (a non-business day shares the index of the last
business day before it, which is the roll backward), so the N-th business
day after a day is the business day whose index is the day's + N: two
equality joins. The standards are a table joined on the attributes their
`applies when` compares; statuses as of an instant; due at 23:59:59 local
with the zone's offset; COPY to CSV (case, standard, status, due). Standards
from `delai compile`, holidays from `delai calendar` (peers_common.py).

    python3 benches/compare/duckdb_pipeline.py [--cases N] [--runs R]
"""
import duckdb

import peers_common as pc
import polars_pipeline


def prepare(rules, delai=pc.DELAI):
    """The inputs the pipeline gets ready-made: standards and holidays."""
    stds = pc.standards(rules, delai)
    attrs = sorted({a for _, _, eq in stds for a in eq})
    return {"stds": stds, "attrs": attrs, "holidays": pc.holidays(rules, delai)}


def pipeline(cases, out, prep):
    db = duckdb.connect()
    db.execute(f"SET TimeZone = '{pc.ZONE}'")
    attrs = prep["attrs"]
    db.execute("CREATE TABLE holiday (day DATE)")
    db.executemany("INSERT INTO holiday VALUES (?)", [[d] for d in prep["holidays"]])
    cols = ", ".join(f"{a} VARCHAR" for a in attrs)
    # ord: the standards' order in the file, delai's order of a case's records.
    db.execute(f"CREATE TABLE std (ord INTEGER, standard VARCHAR, days INTEGER{', ' + cols if cols else ''})")
    db.executemany(f"INSERT INTO std VALUES ({', '.join('?' * (3 + len(attrs)))})",
                   [[i, s, d] + [eq[a] for a in attrs] for i, (s, d, eq) in enumerate(prep["stds"])])
    db.execute("""
        CREATE TABLE cal AS
        WITH d AS (
          SELECT CAST(day AS DATE) AS day,
                 isodow(day) <= 5 AND day NOT IN (SELECT day FROM holiday) AS business
          FROM range(DATE '2023-01-01', DATE '2028-01-01', INTERVAL 1 DAY) t(day))
        SELECT day, business,
               CAST(sum(CAST(business AS INTEGER)) OVER (ORDER BY day) AS INTEGER) AS idx,
               -- 23:59:59 local with the offset the zone has then.
               strftime(CAST(day AS TIMESTAMP) + INTERVAL 86399 SECOND, '%Y-%m-%dT%H:%M:%S')
                 || printf('%+03d:%02d', off // 3600, abs(off) % 3600 // 60) AS due_text
        FROM (SELECT *, CAST(epoch(CAST(day AS TIMESTAMP) + INTERVAL 86399 SECOND)
                             - epoch(timezone('{zone}', CAST(day AS TIMESTAMP) + INTERVAL 86399 SECOND))
                             AS INTEGER) AS off FROM d)
    """.replace("{zone}", pc.ZONE))
    on = " AND ".join(f"c.{a} = s.{a}" for a in attrs) or "TRUE"
    types = ", ".join(f"'{a}': 'VARCHAR'" for a in ["id", *attrs, "received", "answered"])
    db.execute(f"""
        COPY (
          WITH c AS (
            SELECT *, row_number() OVER () AS row_no,
                   strptime(received, '%Y-%m-%d %H:%M') AS t0,
                   strptime(answered, '%Y-%m-%d %H:%M') AS t1
            FROM read_csv('{cases}', header = true, types = {{{types}}})),
          j AS (
            SELECT c.id, c.row_no, s.ord, s.standard, s.days, c.t0,
                   -- Events after the as-of instant are not known yet.
                   CASE WHEN c.t1 <= TIMESTAMP '{pc.AS_OF_LOCAL}' THEN CAST(c.t1 AS DATE) END AS stop,
                   c.t0 <= TIMESTAMP '{pc.AS_OF_LOCAL}' AS started,
                   k.idx + s.days AS due_idx
            FROM c JOIN std s ON {on}
                   JOIN cal k ON k.day = CAST(c.t0 AS DATE))
          SELECT j.id AS "case", j.standard,
                 CASE WHEN NOT j.started THEN 'not-started'
                      WHEN j.stop IS NOT NULL THEN CASE WHEN j.stop <= d.day THEN 'met' ELSE 'breached' END
                      WHEN DATE '{pc.AS_OF_LOCAL[:10]}' > d.day THEN 'breached'
                      ELSE 'pending' END AS status,
                 CASE WHEN j.started THEN d.due_text END AS due
          FROM j JOIN cal d ON d.idx = j.due_idx AND d.business
          ORDER BY j.row_no, j.ord
        ) TO '{out}' (HEADER, DELIMITER ',')
    """)
    db.close()


if __name__ == "__main__":
    polars_pipeline.main("duckdb", pipeline, prepare)
