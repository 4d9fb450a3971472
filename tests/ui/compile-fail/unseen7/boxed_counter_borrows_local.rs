//@ compile-fail
// A Box<dyn FnMut> counter returned from a function mutably borrows its local count.
fn counter() -> Box<dyn FnMut() -> u32> {
    let mut count = 0;
    Box::new(|| { //~ ERROR E0373
        count += 1;
        count
    })
}

fn main() {
    let mut next = counter();
    println!("{} {}", next(), next());
}
