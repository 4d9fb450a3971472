// Reborrows: a `&mut` parameter passed to a helper several times is reborrowed, not moved.
fn add_one(v: &mut Vec<i32>) {
    let next = v.len() as i32;
    v.push(next);
}

fn fill(v: &mut Vec<i32>, times: usize) {
    for _ in 0..times {
        add_one(v);
    }
    v.push(-1);
}

fn main() {
    let mut data = Vec::new();
    fill(&mut data, 3);
    let r = &mut data;
    fill(r, 2);
    r.push(99);
    println!("{:?}", data);
}
