//@ compile-fail
// A closure that gives away its captured String is passed where Fn is required.
fn run_twice<F: Fn() -> String>(f: F) {
    println!("{} {}", f(), f());
}

fn main() {
    let report = String::from("daily report");
    let give = move || report; //~ ERROR E0525
    run_twice(give);
}
