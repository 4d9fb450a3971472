// A cinema seat grid searched with labeled loops; seats booked and printed as a map.
fn main() {
    let mut seats = [[false; 8]; 5];
    let booked = [(0, 3), (0, 4), (2, 2), (2, 3), (2, 4), (2, 5), (4, 0)];
    for &(r, c) in booked.iter() {
        seats[r][c] = true;
    }
    let want = 3;
    let mut found = None;
    'rows: for (r, row) in seats.iter().enumerate().rev() {
        let mut run = 0;
        for (c, &taken) in row.iter().enumerate() {
            if taken {
                run = 0;
                continue;
            }
            run += 1;
            if run == want {
                found = Some((r, c + 1 - want));
                break 'rows;
            }
        }
    }
    println!("first block of {} from the back: {:?}", want, found);
    if let Some((r, c)) = found {
        for k in c..c + want {
            seats[r][k] = true;
        }
    }
    let free = 'count: loop {
        let mut n = 0;
        for row in &seats {
            n += row.iter().filter(|&&s| !s).count();
        }
        break 'count n;
    };
    println!("free seats: {}", free);
    for (r, row) in seats.iter().enumerate() {
        let line: String = row.iter().map(|&s| if s { 'X' } else { '.' }).collect();
        println!("{} {}", (b'A' + r as u8) as char, line);
    }
}
