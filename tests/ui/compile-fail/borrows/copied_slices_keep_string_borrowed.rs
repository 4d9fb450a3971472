//@ compile-fail
// items copied out of a captured array whose slices borrow a String moved afterwards
fn idx() -> Vec<usize> { vec![1, 0] }
fn main() {
    let owned = String::from("ab");
    let parts = [&owned[..1], &owned[1..]];
    let v: Vec<&str> = idx().iter().map(|&i| parts[i]).collect();
    drop(owned); //~ ERROR E0505
    println!("{:?}", v);
}
