// A `&mut` is reborrowed for each helper call and used again after the loop.
fn bump(v: &mut Vec<i32>, i: usize) {
    v[i] += 1;
}

fn main() {
    let mut data = vec![0; 3];
    let r = &mut data;
    for round in 0..2 {
        for i in 0..r.len() {
            bump(r, i);
        }
        r.push(round);
    }
    r.sort();
    println!("{:?}", data);
}
