//@ compile-fail
// A closure that mutates its capture bound without `mut` (E0596).
fn main() {
    let mut n = 0;
    let inc = || n += 1;
    inc(); //~ ERROR E0596
    println!("{n}");
}
