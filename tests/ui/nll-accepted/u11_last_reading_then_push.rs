// The borrow of the last reading ends at its last use, so pushing afterwards is allowed.
fn main() {
    let mut readings = vec![3, 9, 4];
    let last = readings.last().unwrap();
    println!("last reading {}", last);
    readings.push(last_plus_one(&readings));
    println!("{:?}", readings);
}

fn last_plus_one(v: &[i32]) -> i32 {
    v[v.len() - 1] + 1
}
