// A fresh &mut borrow of an element each iteration, with a read of the whole Vec between them.
fn main() {
    let mut balances = vec![100i64, 50, 75];
    for round in 0..3 {
        let total: i64 = balances.iter().sum();
        let idx = round % balances.len();
        let b = &mut balances[idx];
        *b -= total / 10;
        println!("round {} total {} -> {:?}", round, total, balances);
    }
}
