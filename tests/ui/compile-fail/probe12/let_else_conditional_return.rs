//@ compile-fail
// A `let ... else` that only returns on one branch.
fn get(o: Option<u32>, strict: bool) -> u32 {
    let Some(x) = o else { //~ ERROR E0308
        if strict {
            return 0;
        }
    };
    x
}
fn main() {
    println!("{}", get(None, true));
}
