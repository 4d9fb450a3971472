//@ compile-fail
// Two locals declared in the wrong order: the holder outlives the held.
struct Pair<'a> {
    left: &'a Vec<i32>,
}

impl Drop for Pair<'_> {
    fn drop(&mut self) {
        println!("{}", self.left.len());
    }
}

fn main() {
    let p;
    let v = vec![1];
    p = Pair { left: &v }; //~ ERROR E0597
    println!("{}", p.left.len());
}
