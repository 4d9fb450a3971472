// Collections: Vec methods — push/pop, insert/remove, get, iter_mut, retain, extend, drain, contains.
#[derive(Debug)]
enum Cell {
    Int(i32),
    Float(f64),
    Text(String),
}

fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 1..=6 {
        v.push(i * i);
    }
    println!("{:?} len {}", v, v.len());
    println!("pop {:?}", v.pop());
    v.insert(1, 100);
    let removed = v.remove(0);
    println!("removed {removed}, {:?}", v);
    println!("get(2) {:?}, get(20) {:?}", v.get(2), v.get(20));
    for x in v.iter_mut() {
        *x += 1;
    }
    println!("{:?}", v);
    v.retain(|&x| x % 2 == 1);
    println!("odd {:?}", v);
    v.extend([7, 8, 9].iter());
    v.extend(vec![10, 11]);
    println!("{:?} contains 8: {}", v, v.contains(&8));
    let drained: Vec<i32> = v.drain(1..3).collect();
    println!("drained {:?} left {:?}", drained, v);
    v.truncate(3);
    v.swap(0, 2);
    v.reverse();
    println!("{:?} first {:?} last {:?}", v, v.first(), v.last());
    let row = vec![Cell::Int(3), Cell::Text(String::from("blue")), Cell::Float(10.12)];
    for c in &row {
        match c {
            Cell::Int(i) => println!("int {i}"),
            Cell::Float(f) => println!("float {f}"),
            Cell::Text(s) => println!("text {s}"),
        }
    }
    println!("{:?}", row);
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 5;
    grid[0][0] = 1;
    println!("{:?}", grid);
    let joined = [vec![1, 2], vec![3]].concat();
    println!("{:?} {}", joined, joined.is_empty());
    v.clear();
    println!("{:?} {}", v, v.is_empty());
    let mut w = vec![3, 1, 2];
    w.sort();
    println!("{:?} {:?}", w.binary_search(&2), w.binary_search(&5));
    println!("{:?}", w.iter().rev().collect::<Vec<_>>());
}
