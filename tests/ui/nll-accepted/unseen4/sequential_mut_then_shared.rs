// &mut and & borrows of one value taken in sequence, each ending before the next starts.
fn main() {
    let mut balance = 100i64;
    let m = &mut balance;
    *m -= 30;
    let r = &balance;
    println!("{}", r);
    let m2 = &mut balance;
    *m2 *= 2;
    println!("{}", balance);
    let mut names = vec![String::from("x")];
    let last = names.last_mut().unwrap();
    last.push('y');
    let n = names.len();
    names.push(format!("{}", n));
    let shared: Vec<&String> = names.iter().collect();
    println!("{:?}", shared);
    names.clear();
    println!("{}", names.is_empty());
}
