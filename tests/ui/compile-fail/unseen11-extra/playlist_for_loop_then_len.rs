//@ compile-fail
// A for loop consumes the playlist Vec, and the learner asks for its length afterwards.
fn main() {
    let playlist = vec![String::from("intro"), String::from("verse"), String::from("outro")];
    let mut total = 0;
    for song in playlist {
        total += song.len();
    }
    println!("{} chars over {} songs", total, playlist.len()); //~ ERROR E0382
}
