//@ compile-fail
// A closure that increments a counter keeps it mutably borrowed until its last call.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    println!("count = {}", count); //~ ERROR E0502
    inc();
}
