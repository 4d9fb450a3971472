// Yahtzee scoring: face counts in an array, each category scored by a match over an enum.
#[derive(Debug, Clone, Copy)]
enum Category {
    Ones,
    Sixes,
    ThreeOfAKind,
    FullHouse,
    SmallStraight,
    LargeStraight,
    Yahtzee,
    Chance,
}

fn counts(dice: [u8; 5]) -> [u8; 7] {
    let mut c = [0u8; 7];
    for d in dice {
        c[d as usize] += 1;
    }
    c
}

fn has_run(c: &[u8; 7], len: usize) -> bool {
    c[1..].windows(len).any(|w| w.iter().all(|&n| n > 0))
}

fn score(dice: [u8; 5], cat: Category) -> u32 {
    let c = counts(dice);
    let sum: u32 = dice.iter().map(|&d| d as u32).sum();
    match cat {
        Category::Ones => c[1] as u32,
        Category::Sixes => c[6] as u32 * 6,
        Category::ThreeOfAKind if c.iter().any(|&n| n >= 3) => sum,
        Category::FullHouse if c.contains(&3) && c.contains(&2) => 25,
        Category::SmallStraight if has_run(&c, 4) => 30,
        Category::LargeStraight if has_run(&c, 5) => 40,
        Category::Yahtzee if c.contains(&5) => 50,
        Category::Chance => sum,
        _ => 0,
    }
}

fn main() {
    let cats = [
        Category::Ones,
        Category::Sixes,
        Category::ThreeOfAKind,
        Category::FullHouse,
        Category::SmallStraight,
        Category::LargeStraight,
        Category::Yahtzee,
        Category::Chance,
    ];
    let rolls = [[1, 1, 1, 6, 6], [2, 3, 4, 5, 6], [3, 4, 1, 2, 2], [6, 6, 6, 6, 6], [1, 3, 5, 2, 6]];
    print!("{:<15}", "category");
    for r in &rolls {
        let s: String = r.iter().map(|d| d.to_string()).collect();
        print!("{:>7}", s);
    }
    println!();
    for cat in cats {
        print!("{:<15}", format!("{:?}", cat));
        for r in rolls {
            print!("{:>7}", score(r, cat));
        }
        println!();
    }
    for r in rolls {
        let best = cats.iter().map(|&c| (score(r, c), c)).max_by_key(|p| p.0).unwrap();
        println!("{:?}: best {:?} for {}", r, best.1, best.0);
    }
}
