// Elements of one Vec are compared and swapped through indices rather than two live references.
fn bubble(v: &mut Vec<i32>) -> u32 {
    let mut swaps = 0;
    for i in 0..v.len() {
        for j in 0..v.len() - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
                swaps += 1;
            }
        }
    }
    swaps
}

fn main() {
    let mut v = vec![5, 1, 4, 2, 8];
    let s = bubble(&mut v);
    let m = v[0];
    v[4] += m;
    println!("{:?} after {} swaps", v, s);
}
