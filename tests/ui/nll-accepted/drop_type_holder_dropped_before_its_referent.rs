// A Drop type holding `&a`, moved away by `drop(d)`, is not dropped again at the end of its scope: `a` may move after.
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
    println!("holding {}", d.r);
    drop(d);
    drop(a);
    let b = String::from("banana");
    let mut e = Holder { r: &b };
    e.r = &b;
    let moved = e;
    drop(moved);
    let taken = b;
    println!("took {}", taken);
}
