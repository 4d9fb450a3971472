// A raw pointer read inside an unsafe block, in a closure and in a nested block, while the Vec lives.
fn main() {
    let v = vec![4, 5, 6];
    let p = v.as_ptr();
    let first = unsafe { *p };
    let read = || unsafe { *p } * 2;
    let doubled = read();
    unsafe {
        let q = p;
        let again = { *q };
        println!("{} {} {}", first, doubled, again);
    }
    println!("{}", v.len());
}
