//@ compile-fail
// Assigning `a[0]` while `split_at_mut` halves of the array are in use: only E0506 on `a[_]`
// (an array's length is known from its type; nothing reads `a` itself for the bounds check).
fn main() {
    let mut a = [1, 2, 3, 4];
    let (x, y) = a.split_at_mut(2);
    a[0] = 5; //~ ERROR E0506
    x[0] = 1;
    println!("{:?} {:?}", x, y);
}
