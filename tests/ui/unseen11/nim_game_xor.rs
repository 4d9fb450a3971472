// Nim with several heaps: a perfect player uses the XOR of heap sizes, a naive one takes from the largest heap.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Perfect,
    Naive,
}

fn nim_sum(heaps: &[u32]) -> u32 {
    heaps.iter().fold(0, |acc, &h| acc ^ h)
}

fn perfect_move(heaps: &[u32]) -> (usize, u32) {
    let x = nim_sum(heaps);
    if x != 0 {
        for (i, &h) in heaps.iter().enumerate() {
            let target = h ^ x;
            if target < h {
                return (i, h - target);
            }
        }
    }
    let i = heaps.iter().position(|&h| h > 0).unwrap();
    (i, 1)
}

fn naive_move(heaps: &[u32]) -> (usize, u32) {
    let (i, &h) = heaps.iter().enumerate().max_by_key(|&(i, h)| (*h, std::cmp::Reverse(i))).unwrap();
    (i, (h + 1) / 2)
}

fn play(mut heaps: Vec<u32>, first: Who) -> Who {
    let mut turn = first;
    loop {
        let (i, take) = match turn {
            Who::Perfect => perfect_move(&heaps),
            Who::Naive => naive_move(&heaps),
        };
        heaps[i] -= take;
        println!("  {:?} takes {} from heap {} -> {:?} (nim sum {})", turn, take, i, heaps, nim_sum(&heaps));
        if heaps.iter().all(|&h| h == 0) {
            return turn;
        }
        turn = if turn == Who::Perfect { Who::Naive } else { Who::Perfect };
    }
}

fn main() {
    let games = [(vec![3, 4, 5], Who::Perfect), (vec![1, 2, 3], Who::Perfect), (vec![7, 1], Who::Naive)];
    let mut wins = [0; 2];
    for (heaps, first) in games.iter() {
        println!("game {:?}, {:?} starts, nim sum {}", heaps, first, nim_sum(heaps));
        let winner = play(heaps.clone(), *first);
        println!("  winner: {:?}", winner);
        wins[winner as usize] += 1;
    }
    println!("perfect {} naive {}", wins[0], wins[1]);
}
