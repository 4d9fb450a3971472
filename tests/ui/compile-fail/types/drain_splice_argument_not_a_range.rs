//@ compile-fail
// `drain` and `splice` take a range: anything else (a string, an index) does not implement RangeBounds<usize>.
fn main() {
    let mut v = vec![5, 6, 7];
    let removed: Vec<i32> = v.splice("1..2", [1]).collect(); //~ ERROR E0277
    v.drain(1); //~ ERROR E0277
    let mut s = String::from("abc");
    s.drain(0usize); //~ ERROR E0277
    println!("{:?} {:?} {}", removed, v, s);
}
