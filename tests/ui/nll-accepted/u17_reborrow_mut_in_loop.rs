// A `&mut Vec` parameter is passed on to helpers in a loop and used again: each call reborrows instead of moving it.
fn add_item(list: &mut Vec<String>, item: &str) {
    list.push(item.to_string());
}

fn fill(list: &mut Vec<String>, n: usize) -> usize {
    for i in 0..n {
        add_item(list, &format!("item{}", i));
    }
    let first = &list[0];
    let len = first.len();
    list.push(format!("len{}", len));
    list.len()
}

fn main() {
    let mut items = Vec::new();
    let r = &mut items;
    let n = fill(r, 3);
    fill(r, 1);
    println!("{} {:?}", n, items);
}
