//@ compile-fail
// A transaction guard borrowing a database is kept after the database's block ends.
struct Db {
    value: i32,
}

struct Txn<'a> {
    db: &'a Db,
    start: i32,
}

fn main() {
    let txn;
    {
        let db = Db { value: 100 };
        txn = Txn { db: &db, start: db.value }; //~ ERROR E0597
    }
    println!("{} {}", txn.start, txn.db.value);
}
