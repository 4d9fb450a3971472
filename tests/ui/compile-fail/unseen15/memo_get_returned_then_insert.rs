//@ compile-fail
// a memo lookup returns a reference from get, then inserts on the miss path (the case NLL still rejects)
use std::collections::HashMap;

fn cached<'m>(memo: &'m mut HashMap<u64, String>, n: u64) -> &'m String {
    match memo.get(&n) {
        Some(s) => s,
        None => {
            memo.insert(n, n.to_string()); //~ ERROR E0502
            memo.get(&n).unwrap()
        }
    }
}

fn main() {
    let mut memo = HashMap::new();
    println!("{}", cached(&mut memo, 7));
}
