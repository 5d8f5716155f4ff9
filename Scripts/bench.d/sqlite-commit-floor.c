// What one committed call costs SQLite itself, without Swift or GRDB (docs/performance.md, issue
// #13 section): 10,000 transactions shaped like the store's per-call commit (BEGIN IMMEDIATE,
// PRAGMA data_version, upsert of one user row in a 100,000-row table, one change-log row, COMMIT)
// in WAL mode with synchronous = NORMAL; then without the log row; then with mmap (any argument).
//   gcc -O2 Scripts/bench.d/sqlite-commit-floor.c -o /tmp/floor -lsqlite3 && /tmp/floor [mmap]
// It writes /tmp/licenselab-commit-floor.db. Prints figures only.
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double cpu(){struct timespec t;clock_gettime(CLOCK_THREAD_CPUTIME_ID,&t);return t.tv_sec+t.tv_nsec/1e9;}
static double wall(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec/1e9;}
int main(int argc,char**argv){
  const char*p="/tmp/licenselab-commit-floor.db"; remove(p); char b[256]; sprintf(b,"%s-wal",p); remove(b); sprintf(b,"%s-shm",p); remove(b);
  sqlite3*db; sqlite3_open(p,&db);
  sqlite3_exec(db,"pragma journal_mode=wal; pragma synchronous=normal; create table users(ord integer primary key, id blob not null unique, data blob not null); create table changes(seq integer primary key, kind integer not null, id blob, id2 blob);",0,0,0);
  sqlite3_exec(db,"begin",0,0,0);
  sqlite3_stmt*ins; sqlite3_prepare_v2(db,"insert into users(id,data) values(?,?)",-1,&ins,0);
  unsigned char id[16], data[300];
  for(int i=0;i<100000;i++){ memset(id,0,16); memcpy(id,&i,4); for(int k=0;k<300;k++)data[k]=rand(); sqlite3_bind_blob(ins,1,id,16,0); sqlite3_bind_blob(ins,2,data,300,0); sqlite3_step(ins); sqlite3_reset(ins);}
  sqlite3_exec(db,"commit",0,0,0);
  sqlite3_stmt*bg,*cm,*up,*lg,*dv;
  sqlite3_prepare_v2(db,"begin immediate",-1,&bg,0); sqlite3_prepare_v2(db,"commit",-1,&cm,0);
  sqlite3_prepare_v2(db,"pragma data_version",-1,&dv,0);
  sqlite3_prepare_v2(db,"insert into users(id,data) values(?,?) on conflict(id) do update set data=excluded.data",-1,&up,0);
  sqlite3_prepare_v2(db,"insert into changes(kind,id,id2) values(4,?,null)",-1,&lg,0);
  int modes[3]={2,1,0};
  for(int m=0;m<3;m++){
    int n=10000; double c0=cpu(), w0=wall();
    for(int i=0;i<n;i++){
      int u=(i*7919)%5000; memset(id,0,16); memcpy(id,&u,4); data[0]=i;
      sqlite3_step(bg); sqlite3_reset(bg);
      sqlite3_step(dv); sqlite3_reset(dv);
      sqlite3_bind_blob(up,1,id,16,0); sqlite3_bind_blob(up,2,data,300,0); sqlite3_step(up); sqlite3_reset(up);
      if(modes[m]>=1){ sqlite3_bind_blob(lg,1,id,16,0); sqlite3_step(lg); sqlite3_reset(lg);}
      if(sqlite3_step(cm)!=SQLITE_DONE) printf("err %s\n", sqlite3_errmsg(db)); sqlite3_reset(cm);
    }
    printf("%s: %.2f us wall, %.2f us cpu per commit\n", modes[m] ? "with the change-log row" : "without it", (wall()-w0)/n*1e6, (cpu()-c0)/n*1e6);
  }
  if(argc>1){ sqlite3_exec(db,"pragma mmap_size=268435456",0,0,0);
    int n=10000; double c0=cpu(), w0=wall();
    for(int i=0;i<n;i++){ int u=(i*7919)%5000; memset(id,0,16); memcpy(id,&u,4); data[0]=i;
      sqlite3_step(bg); sqlite3_reset(bg); sqlite3_bind_blob(up,1,id,16,0); sqlite3_bind_blob(up,2,data,300,0); sqlite3_step(up); sqlite3_reset(up);
      sqlite3_bind_blob(lg,1,id,16,0); sqlite3_step(lg); sqlite3_reset(lg); sqlite3_step(cm); sqlite3_reset(cm);}
    printf("mmap: %.2f us wall, %.2f us cpu per commit\n", (wall()-w0)/n*1e6, (cpu()-c0)/n*1e6);
  }
}
