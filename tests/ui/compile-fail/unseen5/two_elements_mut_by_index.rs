//@ compile-fail
// `&mut v[0]` and `&mut v[1]` both borrow the whole Vec mutably.
fn main() {
    let mut balances = vec![100, 50];
    let from = &mut balances[0];
    let to = &mut balances[1]; //~ ERROR E0499
    *from -= 30;
    *to += 30;
    println!("{:?}", balances);
}
