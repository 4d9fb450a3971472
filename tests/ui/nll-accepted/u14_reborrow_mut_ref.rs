// Reborrows: a &mut passed to several functions in turn and used again afterwards
fn add_item(list: &mut Vec<i32>, x: i32) {
    list.push(x);
}

fn double_all(list: &mut Vec<i32>) {
    for x in list.iter_mut() {
        *x *= 2;
    }
}

fn main() {
    let mut data = vec![1];
    let r = &mut data;
    add_item(r, 2);
    double_all(r);
    add_item(&mut *r, 3);
    let first = &mut r[0];
    *first += 100;
    r.push(4);
    println!("{:?}", data);
}
