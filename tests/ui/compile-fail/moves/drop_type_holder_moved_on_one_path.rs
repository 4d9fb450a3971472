//@ compile-fail
// A Drop type holding `&a` moved away on one path only may still be dropped at the end of its scope: E0505.
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
    if a.len() > 3 {
        drop(d);
    }
    drop(a); //~ ERROR E0505
}
