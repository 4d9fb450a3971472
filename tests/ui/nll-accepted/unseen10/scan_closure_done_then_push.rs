// A closure borrowing the fee table is used by scan, then the table is extended after its last use.
fn main() {
    let mut fees = vec![1, 2, 5];
    let charge = |i: usize, amount: i64| amount - fees[i % fees.len()];
    let balances: Vec<i64> = [100i64, 50, 20, 80]
        .iter()
        .enumerate()
        .scan(0i64, |bal, (i, &a)| {
            *bal += charge(i, a);
            Some(*bal)
        })
        .collect();
    fees.push(10);
    println!("{:?} with fees {:?}", balances, fees);
}
