// Scheduling meetings: sort intervals by start, merge overlaps, find free slots and a room count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    start: u32,
    end: u32,
}

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn merge(mut slots: Vec<Slot>) -> Vec<Slot> {
    slots.sort_by_key(|s| s.start);
    let mut merged: Vec<Slot> = Vec::new();
    for s in slots {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

fn free_slots(busy: &[Slot], day: Slot, min_len: u32) -> Vec<Slot> {
    let mut free = Vec::new();
    let mut cursor = day.start;
    for b in busy {
        if b.start > cursor && b.start - cursor >= min_len {
            free.push(Slot { start: cursor, end: b.start });
        }
        cursor = cursor.max(b.end);
    }
    if day.end > cursor && day.end - cursor >= min_len {
        free.push(Slot { start: cursor, end: day.end });
    }
    free
}

fn rooms_needed(slots: &[Slot]) -> usize {
    let mut events: Vec<(u32, i32)> = Vec::new();
    for s in slots {
        events.push((s.start, 1));
        events.push((s.end, -1));
    }
    events.sort();
    let mut current = 0i32;
    let mut best = 0i32;
    for (_, delta) in events {
        current += delta;
        best = best.max(current);
    }
    best as usize
}

fn main() {
    let meetings = vec![
        ("standup", Slot { start: 9 * 60, end: 9 * 60 + 15 }),
        ("design", Slot { start: 10 * 60, end: 11 * 60 + 30 }),
        ("lunch", Slot { start: 12 * 60, end: 13 * 60 }),
        ("review", Slot { start: 11 * 60, end: 12 * 60 }),
        ("1:1", Slot { start: 15 * 60 + 30, end: 16 * 60 }),
        ("retro", Slot { start: 15 * 60, end: 15 * 60 + 45 }),
    ];
    for (name, s) in &meetings {
        println!("{:<8} {}-{}", name, hhmm(s.start), hhmm(s.end));
    }
    let slots: Vec<Slot> = meetings.iter().map(|(_, s)| *s).collect();
    println!("rooms needed: {}", rooms_needed(&slots));
    let busy = merge(slots);
    let busy_text: Vec<String> = busy.iter().map(|s| format!("{}-{}", hhmm(s.start), hhmm(s.end))).collect();
    println!("busy: {}", busy_text.join(", "));
    let day = Slot { start: 8 * 60, end: 18 * 60 };
    for f in free_slots(&busy, day, 30) {
        println!("free {}-{} ({} min)", hhmm(f.start), hhmm(f.end), f.end - f.start);
    }
}
