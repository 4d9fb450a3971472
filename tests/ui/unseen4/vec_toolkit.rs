// Vec methods in practice: retain, dedup, drain, extend, split_off, binary_search, chunks, windows, swap, capacity.
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(4);
    println!("len {} cap {}", v.len(), v.capacity());
    v.extend([5, 3, 8, 3, 3, 9, 1, 8]);
    println!("{:?} cap {}", v, v.capacity());
    v.sort();
    v.dedup();
    println!("sorted+dedup {:?}", v);
    println!("search 8 {:?}, search 4 {:?}", v.binary_search(&8), v.binary_search(&4));
    v.insert(2, 4);
    v.retain(|&x| x != 9);
    println!("{:?}", v);
    let drained: Vec<i32> = v.drain(1..3).collect();
    println!("drained {:?} left {:?}", drained, v);
    let tail = v.split_off(1);
    println!("head {:?} tail {:?}", v, tail);
    v.extend_from_slice(&tail);
    v.swap(0, 2);
    v.reverse();
    println!("{:?} first {:?} last {:?}", v, v.first(), v.last());
    println!("contains 8? {} position {:?}", v.contains(&8), v.iter().position(|&x| x == 8));

    let data: Vec<u32> = (1..=10).collect();
    for c in data.chunks(4) {
        print!("{:?} ", c);
    }
    println!();
    let increasing = data.windows(2).all(|w| w[0] < w[1]);
    println!("increasing {}", increasing);
    let (left, right) = data.split_at(3);
    println!("{:?} | {:?}", left, right);
    let mut grid = vec![vec![0u8; 3]; 2];
    grid[1][2] = 7;
    grid[0].push(1);
    println!("{:?}", grid);
    let mut big = Vec::new();
    for i in 0..33 {
        big.push(i);
    }
    println!("len {} cap {}", big.len(), big.capacity());
    big.truncate(5);
    big.shrink_to_fit();
    println!("len {} cap {}", big.len(), big.capacity());
    big.clear();
    println!("empty {} cap {}", big.is_empty(), big.capacity());
    let joined = [vec![1, 2], vec![3], vec![]].concat();
    println!("{:?} max {:?} min {:?}", joined, joined.iter().max(), joined.iter().min());
    let mut words = vec!["pear", "fig", "banana", "kiwi"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    println!("{}", words[words.len()]);
}
