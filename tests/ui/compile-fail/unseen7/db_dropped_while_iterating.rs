//@ compile-fail
// An iterator over a database's rows is kept while the database itself is dropped.
struct Db {
    rows: Vec<(u32, String)>,
}

fn main() {
    let db = Db { rows: vec![(1, "ann".to_string()), (2, "bob".to_string())] };
    let cursor = db.rows.iter();
    drop(db); //~ ERROR E0505
    for (id, name) in cursor {
        println!("{} {}", id, name);
    }
}
