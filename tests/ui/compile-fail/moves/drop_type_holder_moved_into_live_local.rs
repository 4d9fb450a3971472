//@ compile-fail
// A Drop type holding `&a` moved into another local is dropped with that local: moving `a` before is E0505.
struct Holder<'a> {
    r: &'a String,
}

impl Drop for Holder<'_> {
    fn drop(&mut self) {
        println!("drop holder of {}", self.r);
    }
}

fn main() {
    let a = String::from("apple");
    let d = Holder { r: &a };
    let e = d;
    drop(a); //~ ERROR E0505
    println!("{}", e.r.len());
}
