// The result of a function returning `&T` is last used before the owner is mutated.
fn largest(v: &[i32]) -> &i32 {
    let mut m = &v[0];
    for x in v {
        if x > m {
            m = x;
        }
    }
    m
}

fn main() {
    let mut v = vec![3, 9, 4];
    let m = largest(&v);
    println!("{}", m);
    v.push(100);
    println!("{}", largest(&v));
}
