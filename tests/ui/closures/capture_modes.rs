// Closures capture by reference, by mutable reference or by value as needed.
fn main() {
    let list = vec![1, 2, 3];
    println!("Before defining closure: {list:?}");
    let only_borrows = || println!("From closure: {list:?}");
    println!("Before calling closure: {list:?}");
    only_borrows();
    println!("After calling closure: {list:?}");
    let mut list2 = vec![1, 2, 3];
    let mut borrows_mutably = || list2.push(7);
    borrows_mutably();
    println!("After calling closure: {list2:?}");
    let s = String::from("moved");
    let takes = move || s.len();
    println!("{}", takes());
}
