// A reference reassigned after each push and read after the loop.
fn main() {
    let mut v = vec![0];
    let mut r = &v[0];
    for i in 0..3 {
        v.push(i);
        r = &v[v.len() - 1];
    }
    println!("{}", r);
}
