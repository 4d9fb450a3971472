//@ compile-fail
// An associated type name that the bound's trait does not declare.
fn count<I: Iterator>(it: I) -> I::Output { //~ ERROR E0220
    it.count()
}

fn main() {
    println!("{}", count(0..3));
}
