// Merges sorted price lists from several shops with a BinaryHeap of Reverse((price, shop, index)).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn merge(lists: &[Vec<u32>]) -> Vec<(u32, usize)> {
    let mut heap = BinaryHeap::new();
    for (shop, list) in lists.iter().enumerate() {
        if let Some(&first) = list.first() {
            heap.push(Reverse((first, shop, 0usize)));
        }
    }
    let mut out = Vec::new();
    while let Some(Reverse((price, shop, idx))) = heap.pop() {
        out.push((price, shop));
        if let Some(&next) = lists[shop].get(idx + 1) {
            heap.push(Reverse((next, shop, idx + 1)));
        }
    }
    out
}

fn main() {
    let shops = ["north", "south", "online"];
    let lists = vec![vec![120, 450, 990], vec![99, 450, 500, 1200], vec![], vec![300]];
    let merged = merge(&lists);
    for (price, shop) in &merged {
        let name = shops.get(*shop).copied().unwrap_or("outlet");
        println!("{:>5}.{:02}  {}", price / 100, price % 100, name);
    }
    let cheapest_three: Vec<u32> = merged.iter().take(3).map(|p| p.0).collect();
    println!("cheapest three: {:?}", cheapest_three);

    let mut top: BinaryHeap<u32> = merged.iter().map(|p| p.0).collect();
    println!("max {:?}, len {}", top.peek(), top.len());
    top.push(2000);
    let sorted = top.clone().into_sorted_vec();
    println!("sorted: {:?}", sorted);
    let mut two = Vec::new();
    while two.len() < 2 {
        two.push(top.pop().unwrap());
    }
    println!("two largest: {:?}, remaining {}", two, top.len());
}
