// A closure's borrow ends at the closure's last call.
fn main() {
    let mut v = vec![1, 2, 3];
    let sum = || v.iter().sum::<i32>();
    println!("{}", sum());
    v.push(4);
    let mut add = |x| v.push(x);
    add(5);
    add(6);
    println!("{:?}", v);
}
