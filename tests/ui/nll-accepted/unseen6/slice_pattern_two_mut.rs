// A slice pattern on `&mut v[..]` binds two disjoint `&mut` elements.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    if let [a, b, rest @ ..] = &mut v[..] {
        std::mem::swap(a, b);
        for x in rest.iter_mut() {
            *x *= *a;
        }
    }
    if let [.., y, z] = v.as_mut_slice() {
        *y += *z;
    }
    println!("{:?}", v);
}
