//@ compile-fail
// A Box<dyn FnMut() -> u32> id generator is bound without `mut` and then called.
fn make_ids() -> Box<dyn FnMut() -> u32> {
    let mut next = 0;
    Box::new(move || {
        next += 1;
        next
    })
}

fn main() {
    let gen_id = make_ids();
    println!("{}", gen_id()); //~ ERROR E0596
}
