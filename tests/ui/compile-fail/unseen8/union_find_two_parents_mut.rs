//@ compile-fail
// Linking two roots by taking two mutable references into the same parent Vec.
fn main() {
    let mut parent: Vec<usize> = (0..6).collect();
    let (a, b) = (1, 4);
    let pa = &mut parent[a];
    let pb = &mut parent[b]; //~ ERROR E0499
    *pa = *pb;
    println!("{:?}", parent);
}
