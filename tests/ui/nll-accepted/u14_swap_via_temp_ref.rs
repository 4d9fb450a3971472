// A reference rebound to point at different elements while the Vec is mutated between uses
fn main() {
    let mut v = vec![5, 1, 4];
    let mut biggest = &v[0];
    for x in &v {
        if x > biggest {
            biggest = x;
        }
    }
    let b = *biggest;
    v.push(b * 2);
    biggest = &v[3];
    println!("{} {:?}", biggest, v);
    let mut total = 0;
    let r = &mut total;
    *r += v.iter().sum::<i32>();
    println!("{}", total);
}
