//@ compile-fail
// `swap` and `max` called without their module: functions to import.
fn main() {
    let mut a = 1;
    let mut b = 2;
    swap(&mut a, &mut b); //~ ERROR E0425
    println!("{} {} {}", a, b, max(a, b)); //~ ERROR E0425
}
