// Sequential borrows: iter_mut, then sort, then iter, on one Vec of structs.
#[derive(Debug)]
struct Task {
    name: &'static str,
    prio: u8,
}

fn main() {
    let mut tasks = vec![Task { name: "write", prio: 2 }, Task { name: "test", prio: 1 }, Task { name: "ship", prio: 3 }];
    for t in tasks.iter_mut() {
        if t.name.len() == 4 {
            t.prio += 5;
        }
    }
    tasks.sort_by_key(|t| t.prio);
    let names: Vec<&str> = tasks.iter().map(|t| t.name).collect();
    println!("{:?}", names);
}
